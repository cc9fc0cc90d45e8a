/*---
description = "util.inspect details: <ref *N> marks, boxed primitives, promise states, toStringTag,"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "<ref *1> { x: 1, self: [Circular *1] } [ 1, <ref *1> { x: 1, self: [Circular *1] } ]\n{\n  p: <ref *1> { q: { p: [Circular *1] } },\n  q: <ref *2> { p: <ref *1> { q: [Circular *2] } }\n}\n[Number: 3] [String: 'ab'] [Boolean: false] [BigInt: 1n]\nPromise { <pending> } Promise { { v: 1 } } Promise { <rejected> 3 }\nTagged [T] { a: 1 } %s|%s|%s { a: { b: 1 } } [ 1, [ 2 ] ] { toString: [Function: toString] }\nMoney<5> { wallet: [ Money<1> ] } Money<2>\n"
---*/
// util.inspect details: <ref *N> marks, boxed primitives, promise states, toStringTag,
// %s of objects, util.inspect.custom.
const a = { x: 1 }; a.self = a;
const two = { p: {}, q: {} }; two.p.q = two.q; two.q.p = two.p;
console.log(a, [1, a]);
console.log(two);
console.log(new Number(3), new String('ab'), new Boolean(false), Object(1n));
const rejected = Promise.reject(3); rejected.catch(() => {});
console.log(new Promise(() => {}), Promise.resolve({ v: 1 }), rejected);
class Tagged { constructor() { this.a = 1; } get [Symbol.toStringTag]() { return 'T'; } }
console.log(new Tagged(), '%s|%s|%s', { a: { b: 1 } }, [1, [2]], { toString() { return 'own'; } });
class Money { constructor(n) { this.n = n; } [Symbol.for('nodejs.util.inspect.custom')]() { return `Money<${this.n}>`; } }
console.log(new Money(5), { wallet: [new Money(1)] }, require('util').inspect(new Money(2)));
