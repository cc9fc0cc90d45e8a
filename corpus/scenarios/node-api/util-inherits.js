/*---
description = "util.inherits: super_ is a non-enumerable writable configurable own property; prototype chain; argument validation"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "undefined {\"writable\":true,\"enumerable\":false,\"configurable\":true} true\n0 false\ntrue hi true\ntrue true\nTypeError ERR_INVALID_ARG_TYPE The \"ctor\" argument must be of type function. Received null\nTypeError ERR_INVALID_ARG_TYPE The \"superCtor\" argument must be of type function. Received null\nTypeError ERR_INVALID_ARG_TYPE The \"superCtor.prototype\" property must be of type object. Received undefined\nTypeError ERR_INVALID_ARG_TYPE The \"superCtor.prototype\" property must be of type object. Received undefined\nTypeError undefined Object.setPrototypeOf called on null or undefined\n"
---*/
const util = require('util');
function Base() {}
Base.prototype.hi = function () { return 'hi'; };
function Derived() { Base.call(this); }
const r = util.inherits(Derived, Base);
console.log(r, JSON.stringify(Object.getOwnPropertyDescriptor(Derived, 'super_')), Derived.super_ === Base);
console.log(Object.keys(Derived).length, Derived.propertyIsEnumerable('super_'));
console.log(Object.getPrototypeOf(Derived.prototype) === Base.prototype, new Derived().hi(), new Derived() instanceof Base);
console.log(Derived.prototype.constructor === Derived, Object.getPrototypeOf(Derived) === Function.prototype);
for (const [c, s] of [[null, Base], [Derived, null], [Derived, {}], [Derived, (() => {})], [() => {}, Base]]) {
  try { util.inherits(c, s); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.message); }
}
