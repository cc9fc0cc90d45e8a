/*---
description = "util.inspect showHidden, showProxy, customInspect, getters (accessors untouched by default, array indices included), depth (Infinity, null, 0, -1) and the legacy (value, showHidden, depth, colors) signature"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "{ shown: 1 } { shown: 1, [secret]: 2 }\n[ 1, 2, [length]: 2 ] Uint8Array(2) [\n  0,\n  0,\n  [BYTES_PER_ELEMENT]: 1,\n  [length]: 2,\n  [byteLength]: 2,\n  [byteOffset]: 0,\n  [buffer]: ArrayBuffer { byteLength: 2 }\n]\nPoint { x: 1 } Point { x: 1, kind: 'point' }\nWeakMap { <items unknown> } WeakMap { {} => 'value' } WeakSet { {} }\n<ref *1> [Function: named] {\n  [length]: 0,\n  [name]: 'named',\n  [prototype]: { [constructor]: [Circular *1] }\n}\n{ real: 1 } Proxy [\n  { real: 1 },\n  { get: [Function: get], ownKeys: [Function: ownKeys] }\n] 0\nProxy [ [Array], {} ] [Function: f]\n<Revoked Proxy> { revoked: <Revoked Proxy> } true\ncustom(depth=2, compact=3, same=true) { nested: { custom: custom(depth=3, compact=3, same=true) } }\n{\n  [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]]\n}\n{ replaced: [ 1, 2 ] } line1\nline2\n{\n  a: line1\n  line2\n}\n[ [Getter] ] { g: [Getter] } 0\n[ [Getter: 3] ] 1\nInfinity {\n  l1: {\n    l2: { l3: { l4: { l5: 'bottom' } } }\n  }\n}\nnull {\n  l1: {\n    l2: { l3: { l4: { l5: 'bottom' } } }\n  }\n}\n0 { l1: [Object] }\n-1 [Object]\n2.5 { l1: { l2: { l3: [Object] } } }\n{ l1: { l2: [Object] } } [ 1, [length]: 1 ] \"{ a: \\u001b[33m1\\u001b[39m }\"\n"
---*/
const util = require('util');
const { inspect } = util;
// showHidden: non-enumerable keys in brackets, array lengths, typed array internals,
// user prototypes' data properties, WeakMap/WeakSet entries.
const hidden = Object.defineProperty({ shown: 1 }, 'secret', { value: 2, enumerable: false });
console.log(inspect(hidden), inspect(hidden, { showHidden: true }));
console.log(inspect([1, 2], { showHidden: true }), inspect(new Uint8Array(2), { showHidden: true }));
class Point { constructor() { this.x = 1; } }
Point.prototype.kind = 'point';
console.log(inspect(new Point()), inspect(new Point(), { showHidden: true }));
const key = {};
const wm = new WeakMap([[key, 'value']]);
console.log(inspect(wm), inspect(wm, { showHidden: true }), inspect(new WeakSet([key]), { showHidden: true }));
// (A strict function: sloppy ones also have own arguments and caller in Node 20's engine.)
console.log(inspect(function named() { 'use strict'; }, { showHidden: true }));
// showProxy: Proxy [ target, handler ]; without it a proxy shows as its target, and no trap runs.
let traps = 0;
const handler = { get() { traps++; return 'trapped'; }, ownKeys() { traps++; return []; } };
const proxy = new Proxy({ real: 1 }, handler);
console.log(inspect(proxy), inspect(proxy, { showProxy: true }), traps);
console.log(inspect(new Proxy([1, 2], {}), { showProxy: true, depth: 0 }), inspect(new Proxy(function f() {}, {})));
const { proxy: revoked, revoke } = Proxy.revocable({}, {});
revoke();
console.log(inspect(revoked), inspect({ revoked }, { showProxy: true }), util.types.isProxy(revoked));
// customInspect: false skips [util.inspect.custom]; the inspector receives depth and options.
const custom = { [inspect.custom](depth, options, fn) { return `custom(depth=${depth}, compact=${options.compact}, same=${fn === inspect})`; } };
console.log(inspect(custom), inspect({ nested: { custom } }, { depth: 5 }));
console.log(inspect(custom, { customInspect: false }));
console.log(inspect({ [inspect.custom]: () => ({ replaced: [1, 2] }) }), inspect({ [inspect.custom]: () => 'line1\nline2' }, { depth: 0 }));
console.log(inspect({ a: { [inspect.custom]: () => 'line1\nline2' } }));
// Accessors are not called by default; an array index accessor shows as [Getter] too.
let calls = 0;
const arr = [];
Object.defineProperty(arr, 0, { get() { calls++; return 3; }, enumerable: true });
console.log(inspect(arr), inspect({ get g() { calls++; return 1; } }), calls);
console.log(inspect(arr, { getters: true }), calls);
// depth: Infinity and null inspect everything; 0 only the top level; -1 only a summary.
const deep = { l1: { l2: { l3: { l4: { l5: 'bottom' } } } } };
for (const depth of [Infinity, null, 0, -1, 2.5]) console.log(String(depth), inspect(deep, { depth }));
// The legacy signature: inspect(value, showHidden, depth, colors).
console.log(inspect(deep, false, 1), inspect([1], true), JSON.stringify(inspect({ a: 1 }, false, 0, true)));
