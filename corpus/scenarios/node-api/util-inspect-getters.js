/*---
description = "util.inspect accessor labels: [Getter]/[Setter]/[Getter/Setter] by default; getters: true/'get'/'set' show values, objects after the label, thrown errors"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "{ a: [Getter], b: [Setter], c: [Getter/Setter], d: [Getter], e: [Getter], f: [Getter], g: [Getter], n: [Getter], u: [Getter] }\n{\n  a: [Getter: 1],\n  b: [Setter],\n  c: [Getter/Setter: 2],\n  d: [Getter] { x: { y: [Object] } },\n  e: [Getter: <Inspection threw (boom)>],\n  f: [Getter: 'str'],\n  g: [Getter] [ 1, 2 ],\n  n: [Getter: null],\n  u: [Getter: undefined]\n}\n{ a: [Getter: 1], b: [Setter], c: [Getter/Setter], d: [Getter] { x: { y: [Object] } }, e: [Getter: <Inspection threw (boom)>], f: [Getter: 'str'], g: [Getter] [ 1, 2 ], n: [Getter: null], u: [Getter: undefined] }\n{ a: [Getter], b: [Setter], c: [Getter/Setter: 2], d: [Getter], e: [Getter], f: [Getter], g: [Getter], n: [Getter], u: [Getter] }\n{\n  a: [Getter],\n  b: [Setter],\n  c: [Getter/Setter],\n  d: [Getter],\n  e: [Getter],\n  f: [Getter],\n  g: [Getter],\n  n: [Getter],\n  u: [Getter]\n}\n{ [h]: [Getter: 7] }\n[ [ [Getter: 3] ] ]\n"
---*/
const util = require('util');
const o = {
  get a() { return 1; },
  set b(v) {},
  get c() { return 2; }, set c(v) {},
  get d() { return { x: { y: { z: 1 } } }; },
  get e() { throw new Error('boom'); },
  get f() { return 'str'; },
  get g() { return [1, 2]; },
  get n() { return null; },
  get u() { return undefined; },
};
console.log(util.inspect(o, { breakLength: Infinity }));
console.log(util.inspect(o, { getters: true }));
console.log(util.inspect(o, { getters: 'get', breakLength: Infinity }));
console.log(util.inspect(o, { getters: 'set', breakLength: Infinity }));
console.log(o);
console.log(util.inspect(Object.defineProperty({}, 'h', { get() { return 7; }, enumerable: false }), { showHidden: true, getters: true }));
console.log(util.inspect([Object.defineProperty([], 0, { get() { return 3; }, enumerable: true })], { getters: true }));
