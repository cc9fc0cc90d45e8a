/*---
description = "util.format: %d/%i/%f/%s on BigInt and odd values, %o (showHidden, depth 4) of objects and functions, %j errors, leftover specifiers"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "\"5n\"\n\"-5n 1180591620717411303424n\"\n\"5n\"\n\"5\"\n\"5n\"\n\"-0\"\n\"-0\"\n\"NaN\"\n\"NaN\"\n\"NaN\"\n\"3\"\n\"42\"\n\"16\"\n\"Symbol(s)\"\n\"{ a: 1 }\"\n\"[ 1, [Array] ]\"\n\"TS\"\n\"1970-01-01T00:00:00.000Z\"\n\"null undefined\"\n\"{ a: 1 }\"\n\"[ 1, { a: [ 2, [length]: 1 ] }, [length]: 2 ]\"\n\"<ref *1> [Function: foo] {\\n  [length]: 0,\\n  [name]: 'foo',\\n  [prototype]: { [constructor]: [Circular *1] }\\n}\"\n\"[Function (anonymous)] { [length]: 2, [name]: '' }\"\n\"<ref *1> [class A] {\\n  [length]: 0,\\n  [name]: 'A',\\n  [prototype]: { [constructor]: [Circular *1] }\\n}\"\n\"{ f: [Function: f] { [length]: 0, [name]: 'f' } }\"\n\"{\\n  a: {\\n    b: { c: { d: { e: [Object] } } }\\n  }\\n}\"\n\"{ a: { b: { c: [Object] } } }\"\n\"[Function: foo]\"\n\"'str'\"\nthrows TypeError Do not know how to serialize a BigInt\n\"[Circular]\"\nthrows Error tj\n\"x\"\n\"%s a\"\n\"%x 1\"\n\"a:%s\"\n\"a b 1 5n null\"\n\"1 2\"\n"
---*/
const util = require('util');
const show = (...a) => {
  try { console.log(JSON.stringify(util.format(...a))); } catch (e) { console.log('throws', e.name, e.message); }
};
show('%d', 5n);
show('%d %i', -5n, 2n ** 70n);
show('%i', 5n);
show('%f', 5n);
show('%s', 5n);
show('%d', -0);
show('%s', -0);
show('%d', '42abc');
show('%d', {});
show('%d', Symbol('s'));
show('%d', new Number(3));
show('%i', 42.9);
show('%i', '0x10');
show('%s', Symbol('s'));
show('%s', { a: 1 });
show('%s', [1, [2]]);
show('%s', { toString() { return 'TS'; } });
show('%s', new Date(0));
show('%s', null, undefined);
show('%o', { a: 1 });
show('%o', [1, { a: [2] }]);
show('%o', function foo() { 'use strict'; });
show('%o', (a, b) => a + b);
show('%o', class A {});
show('%o', { f() {} });
show('%o', { a: { b: { c: { d: { e: { f: 1 } } } } } });
show('%O', { a: { b: { c: { d: 1 } } } });
show('%O', function foo() { 'use strict'; });
show('%o', 'str');
show('%j', { a: 1n });
const c = { a: 1 }; c.self = c;
show('%j', c);
show('%j', { toJSON() { throw new Error('tj'); } });
show('%c%s', 'color: red', 'x');
show('%%s %s', 'a');
show('%x', 1);
show('%s:%s', 'a');
show('a', 'b', 1, 5n, null);
show(1, 2);
