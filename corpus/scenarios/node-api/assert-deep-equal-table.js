/*---
description = "deep equality pair by pair, both ways, strict (util.isDeepStrictEqual) and loose (assert.notDeepEqual): primitives, keys, symbols, holes, built-ins, boxed values, errors, Maps/Sets with loose keys, proxies, cycles"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "NaN true true true true\n0 -0 false false true true\n[0] [-0] false false true true\n1 \"1\" false false true true\ntrue 1 false false true true\n\"\" 0 false false true true\nnull undefined false false true true\n1n 1 false false true true\nsymbols false false false false\nfunctions false false false false\n{a:undefined} {} false false false false\n{a:null} {a:undefined} false false true true\nkey order true true true true\nsame count, other keys false false false false\nnon-enumerable on one side false false false false\ngetter vs value true true true true\nnull prototype false false true true\nclasses false false true true\nclass vs plain false false true true\nfrozen true true true true\ntagged false false false false\nown enumerable symbol false false true true\nsymbol values differ false false true true\nnon-enumerable symbol true true true true\ndistinct symbol values false false false false\nholes vs undefined false false false false\nholes both true true true true\ntrailing holes false false false false\nholes at other places false false false false\narray extra key false false false false\narray extra symbol false false true true\narray index past 2**32 false false false false\narray vs object false false false false\nloose array items false false true true\nnested loose false false true true\narguments true true true true\narguments vs array false false false false\ndates true true true true\ndates differ false false false false\ninvalid dates false false false false\ndate with key false false false false\ndate vs object false false false false\ndate with own getTime true true true true\nregexps true true true true\nregexp flags false false false false\nregexp source false false false false\nregexp lastIndex false false false false\nregexp with key false false false false\nboxed numbers true true true true\nboxed -0 false false false false\nboxed vs primitive false false false false\nboxed symbol true true true true\nboxed with key false false false false\nboxed, valueOf not called true true true true\nerrors true true true true\nerrors, messages differ false false false false\nerrors, classes differ false false false false\nerrors, own name false false true true\nerrors, own code true true true true\nerror vs its prototype clone false false false false\ntagged errors false false false false\nmaps true true true true\nmap order true true true true\nmap loose key false false true true\nmap loose value false false true true\nmap object keys true true true true\nmap object keys swapped true true true true\nmap object keys, values crossed false false false false\nmap null vs undefined key false false true true\nmap many loose keys false false true true\nmap loose keys, values differ false false false false\nmap loose null/undefined false false true true\nmap +000 vs false false false true true\nmap with key false false false false\nsets true true true true\nset loose false false true true\nset loose partial false false false false\nset objects true true true true\nset objects differ false false false false\nset null vs undefined false false true true\nset many loose false false true true\nset \"\" vs \"0\" false false false false\nset -0 true true true true\nset NaN true true true true\nset vs array false false false false\nweak maps true true true true\npromises true true true true\nproxy of object true true true true\nproxy of array true true true true\nproxy trap breaks an invariant TypeError: 'ownKeys' on proxy: trap result did not include 'length' TypeError: 'ownKeys' on proxy: trap result did not include 'length' TypeError: 'ownKeys' on proxy: trap result did not include 'length' TypeError: 'ownKeys' on proxy: trap result did not include 'length'\narray-like with Array prototype false false false false\ncycles true true true true\ncycles, unrolled once true true true true\ncycle vs none false false false false\ncycle through the other side true true true true\ndeep cycles true true true true\ndeep cycles to other levels false false false false\nset holding itself true true true true\nset holding another true true true true\nmap holding itself vs a fresh one false false false false\n"
---*/
// Deep equality, pair by pair, both ways round, in both modes: strict (util.isDeepStrictEqual)
// and loose (assert.notDeepEqual throws exactly when the two are loosely deep-equal).
const assert = require('assert');
const { isDeepStrictEqual } = require('util');
function loose(a, b) {
  try { assert.notDeepEqual(a, b); return false; } catch (e) {
    if (e.code === 'ERR_ASSERTION') return true;
    return `${e.name}: ${e.message}`;
  }
}
function strict(a, b) {
  try { return isDeepStrictEqual(a, b); } catch (e) { return `${e.name}: ${e.message}`; }
}
function t(name, a, b) {
  console.log(name, strict(a, b), strict(b, a), loose(a, b), loose(b, a));
}
// columns: strict a,b | strict b,a | loose a,b | loose b,a
t('NaN', NaN, NaN);
t('0 -0', 0, -0);
t('[0] [-0]', [0], [-0]);
t('1 "1"', 1, '1');
t('true 1', true, 1);
t('"" 0', '', 0);
t('null undefined', null, undefined);
t('1n 1', 1n, 1);
t('symbols', Symbol('a'), Symbol('a'));
t('functions', () => {}, () => {});
t('{a:undefined} {}', { a: undefined }, {});
t('{a:null} {a:undefined}', { a: null }, { a: undefined });
t('key order', { a: 1, b: 2 }, { b: 2, a: 1 });
t('same count, other keys', { a: 1 }, { b: 1 });
t('non-enumerable on one side', { x: 1 }, Object.defineProperty({ y: 1 }, 'x', { value: 1 }));
t('getter vs value', { get a() { return 1; } }, { a: 1 });
t('null prototype', Object.create(null), {});
class A {} class B {}
t('classes', new A(), new B());
t('class vs plain', new A(), {});
t('frozen', Object.freeze({ a: 1 }), { a: 1 });
t('tagged', { [Symbol.toStringTag]: 'X' }, {});
t('own enumerable symbol', { [Symbol.for('s')]: 1 }, {});
t('symbol values differ', { [Symbol.for('s')]: 1 }, { [Symbol.for('s')]: 2 });
t('non-enumerable symbol', Object.defineProperty({}, Symbol.for('s'), { value: 1 }), {});
t('distinct symbol values', { s: Symbol('x') }, { s: Symbol('x') });
t('holes vs undefined', [1, , 3], [1, undefined, 3]);
t('holes both', [1, , 3], [1, , 3]);
t('trailing holes', [1, , , 3], [1, , , 3, , , ]);
t('holes at other places', Object.assign(new Array(3), { 2: true }), Object.assign(new Array(3), { 1: true }));
t('array extra key', Object.assign([1], { x: 1 }), [1]);
t('array extra symbol', Object.assign([1], { [Symbol.for('s')]: 1 }), [1]);
t('array index past 2**32', Object.assign([1], { [2 ** 32]: true }), [1]);
t('array vs object', [1], { 0: 1 });
t('loose array items', [4], ['4']);
t('nested loose', { a: [1, '2'] }, { a: ['1', 2] });
t('arguments', (function () { return arguments; })(1), (function () { return arguments; })(1));
t('arguments vs array', (function () { return arguments; })(1), [1]);
t('dates', new Date(0), new Date(0));
t('dates differ', new Date(0), new Date(1));
t('invalid dates', new Date(NaN), new Date(NaN));
t('date with key', Object.assign(new Date(0), { x: 1 }), new Date(0));
t('date vs object', new Date(0), {});
{
  const a = new Date('2000');
  Object.defineProperty(a, 'getTime', { value: () => 5 });
  t('date with own getTime', a, new Date('2000'));
}
t('regexps', /a/g, /a/g);
t('regexp flags', /a/g, /a/i);
t('regexp source', /ab/, /a/);
t('regexp lastIndex', Object.assign(/a/g, { lastIndex: 3 }), /a/g);
t('regexp with key', Object.assign(/a/, { x: 1 }), /a/);
t('boxed numbers', new Number(1), new Number(1));
t('boxed -0', new Number(-0), new Number(0));
t('boxed vs primitive', new String('a'), 'a');
t('boxed symbol', Object(Symbol.iterator), Object(Symbol.iterator));
t('boxed with key', Object.assign(new String('ab'), { x: 1 }), new String('ab'));
{
  const a = new Number(5);
  const b = new Number(5);
  for (const n of [a, b]) Object.defineProperty(n, 'valueOf', { value: () => { throw new Error('called'); } });
  t('boxed, valueOf not called', a, b);
}
t('errors', new Error('a'), new Error('a'));
t('errors, messages differ', new Error('a'), new Error('b'));
t('errors, classes differ', new TypeError('a'), new Error('a'));
t('errors, own name', Object.assign(new Error('a'), { name: 'X' }), Object.assign(new TypeError('a'), { name: 'X' }));
t('errors, own code', Object.assign(new Error('a'), { code: 1 }), Object.assign(new Error('a'), { code: 1 }));
t('error vs its prototype clone', Object.create(Error.prototype), new Error());
{
  const err = new Error('foo');
  err[Symbol.toStringTag] = 'Foobar';
  const err2 = new Error('bar');
  err2[Symbol.toStringTag] = 'Foobar';
  t('tagged errors', err, err2);
}
t('maps', new Map([[1, 2]]), new Map([[1, 2]]));
t('map order', new Map([[1, 2], [3, 4]]), new Map([[3, 4], [1, 2]]));
t('map loose key', new Map([[1, 'a']]), new Map([['1', 'a']]));
t('map loose value', new Map([[1, 1]]), new Map([[1, '1']]));
t('map object keys', new Map([[{ a: 1 }, 1]]), new Map([[{ a: 1 }, 1]]));
t('map object keys swapped', new Map([[{}, 'a'], [{}, 'b']]), new Map([[{}, 'b'], [{}, 'a']]));
t('map object keys, values crossed', new Map([[{ a: 1 }, 1], [{ a: 2 }, 2]]), new Map([[{ a: 1 }, 2], [{ a: 2 }, 1]]));
t('map null vs undefined key', new Map([[null, 1]]), new Map([[undefined, 1]]));
t('map many loose keys', new Map([[true, 'a'], ['1', 'b'], [1, 'a']]), new Map([['1', 'a'], [1, 'b'], [true, 'a']]));
t('map loose keys, values differ', new Map([[true, 'a'], ['1', 'b'], [1, 'c']]), new Map([['1', 'a'], [1, 'b'], [true, 'a']]));
t('map loose null/undefined', new Map([[1, null], ['', '0']]), new Map([['1', undefined], [false, 0]]));
t('map +000 vs false', new Map([[undefined, null], ['+000', 2n]]), new Map([[null, undefined], [false, '2']]));
t('map with key', Object.assign(new Map(), { x: 1 }), new Map());
t('sets', new Set([1, 2]), new Set([2, 1]));
t('set loose', new Set([1]), new Set(['1']));
t('set loose partial', new Set([1, 2]), new Set(['1', 3]));
t('set objects', new Set([{ a: 1 }, { b: 2 }]), new Set([{ b: 2 }, { a: 1 }]));
t('set objects differ', new Set([{ a: 1 }, { a: 1 }]), new Set([{ a: 1 }, { a: 2 }]));
t('set null vs undefined', new Set([null, 1]), new Set([undefined, 1]));
t('set many loose', new Set([null, '', 1n, 5, 2n, false]), new Set([undefined, 0, 5n, true, '2', '-000']));
t('set "" vs "0"', new Set(['']), new Set(['0']));
t('set -0', new Set([-0]), new Set([0]));
t('set NaN', new Set([NaN]), new Set([NaN]));
t('set vs array', new Set([1]), [1]);
t('weak maps', new WeakMap(), new WeakMap());
t('promises', Promise.resolve(1), Promise.resolve(1));
t('proxy of object', new Proxy({ a: 1 }, {}), { a: 1 });
t('proxy of array', new Proxy([1, 2], {}), [1, 2]);
t('proxy trap breaks an invariant', new Proxy([1, 2, 3], { ownKeys() { return []; } }), [1, 2, 3]);
{
  const o = { __proto__: Array.prototype, 0: 1, 1: 2, 2: 3, length: 3 };
  Object.defineProperty(o, 'length', { enumerable: false });
  t('array-like with Array prototype', o, [1, 2, 3]);
}
{
  const c1 = { a: 1 }; c1.self = c1;
  const c2 = { a: 1 }; c2.self = c2;
  const c3 = { a: 1 }; c3.self = { a: 1, self: c3 };
  t('cycles', c1, c2);
  t('cycles, unrolled once', c1, c3);
  const d = { a: 1 }; d.b = d;
  t('cycle vs none', d, { a: 1, b: {} });
  const x = {}; x.a = x;
  const y = {}; y.a = {}; y.a.a = x;
  t('cycle through the other side', x, y);
  const deep1 = { a: { b: { c: {} } } }; deep1.a.b.c.d = deep1;
  const deep2 = { a: { b: { c: {} } } }; deep2.a.b.c.d = deep2;
  const deep3 = { a: { b: { c: {} } } }; deep3.a.b.c.d = deep3.a;
  t('deep cycles', deep1, deep2);
  t('deep cycles to other levels', deep1, deep3);
  const s1 = new Set(); s1.add(s1);
  const s2 = new Set(); s2.add(s2);
  const s3 = new Set(); s3.add(s1);
  t('set holding itself', s1, s2);
  t('set holding another', s2, s3);
  const m1 = new Map(); m1.set(1, m1);
  t('map holding itself vs a fresh one', m1, new Map([[1, new Map()]]));
}
