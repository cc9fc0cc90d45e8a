/*---
description = "util.inspect of classes with their superclass, Map/Set subclasses, a RegExp or Date with properties, ArrayBuffer contents, DataView fields"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "[class A] { x: 1 } A { y: 3 } [ [class A] { x: 1 } ]\n[class B extends A] B { y: 3 }\n[Function: f] { prop: 1 } [ [Function: f] { prop: 1 } ]\n[Function: bound f] [Function: bound ]\n{} A {}\n[ <3 empty items> ] X(1) [Map] { 1 => 2 }\n[ '1', '2', '3' ] [ <3 empty items> ] [ undefined, <1 empty item>, 3 ] [ <2 empty items> ]\n[ 1, 2, extra: 'x', '-1': 'neg' ]\nSymbol(reg) { [Symbol(s)]: 1, [Symbol(Symbol.iterator)]: 2 }\n[Symbol: Symbol(boxed)] [ [Boolean: true] ]\nInvalid Date [ 1970-01-01T00:00:00.000Z ] { d: 2001-09-09T01:46:40.000Z }\n/x/gi [ /y/ ] /z/ { p: 1 }\nin array E1\n{\n  f: [Function: f],\n  g: [Function: named],\n  h: [AsyncFunction: h],\n  i: [GeneratorFunction: i],\n  j: [class j]\n}\n[\n  1,\n  0.30000000000000004,\n  1e+21,\n  1e-7,\n  -1e-7,\n  9007199254740992,\n  NaN,\n  -Infinity\n]\n[ true, false, null, undefined ] { u: undefined }\nArrayBuffer { [Uint8Contents]: <00 00 00 00>, byteLength: 4 } DataView {\n  byteLength: 2,\n  byteOffset: 0,\n  buffer: ArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }\n} Float64Array(2) [ 1.5, -0 ] BigInt64Array(2) [ 0n, 0n ]\nSharedArrayBuffer { [Uint8Contents]: <00 00>, byteLength: 2 }\nObject [Own] {}\n"
---*/
// util.inspect of classes with their superclass, Map/Set subclasses, a RegExp or Date with
// properties, ArrayBuffer contents and DataView fields.
class A { static x = 1; #p = 2; y = 3; }
console.log(A, new A(), [A]);
class B extends A {} console.log(B, new B());
function f() {} f.prop = 1; console.log(f, [f]);
const bound = f.bind(null); console.log(bound, (() => {}).bind(null));
console.log(Object.create({ inherited: 1 }), Object.create(A.prototype));
console.log(new (class extends Array {})(3), new (class X extends Map {})([[1, 2]]));
console.log([1, 2, 3].map(String), Array(3), [undefined, , 3], [, ,]);
const arr = [1, 2]; arr.extra = 'x'; arr[-1] = 'neg'; console.log(arr);
console.log(Symbol.for('reg'), { [Symbol('s')]: 1, [Symbol.iterator]: 2 });
console.log(Object(Symbol('boxed')), [new Boolean(true)]);
console.log(new Date('invalid'), [new Date(0)], { d: new Date(1e12) });
console.log(/x/gi, [/y/], Object.assign(/z/, { p: 1 }));
console.log(new Error('in array').message, Object.assign(new Error('with props'), { code: 'E1' }).code);
console.log({ f: function () {}, g: function named() {}, h: async () => {}, i: function* () {}, j: class {} });
console.log([1.0, 0.1 + 0.2, 1e21, 1e-7, -1e-7, 2 ** 53, NaN, -Infinity]);
console.log([true, false, null, undefined], { u: undefined });
console.log(new ArrayBuffer(4), new DataView(new ArrayBuffer(2)), new Float64Array([1.5, -0]), new BigInt64Array(2));
console.log(new SharedArrayBuffer(2));
console.log(Object.defineProperty({}, Symbol.toStringTag, { value: 'Own', enumerable: false }));
