/*---
description = "util.deprecate: one warning per wrapped function, one per code across functions, code must be a string, fn is not validated"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "deprecated 0 true true\n3 7 2 3 3 4 4\nTypeError ERR_INVALID_ARG_TYPE The \"code\" argument must be of type string. Received type number (1)\nTypeError ERR_INVALID_ARG_TYPE The \"code\" argument must be of type string. Received null\nTypeError ERR_INVALID_ARG_TYPE The \"code\" argument must be of type string. Received an instance of Object\nTypeError ERR_INVALID_ARG_TYPE The \"code\" argument must be of type string. Received type symbol (Symbol(s))\nTypeError ERR_INVALID_ARG_TYPE The \"code\" argument must be of type string. Received type boolean (true)\nTypeError undefined Object prototype may only be an Object or null: notfn\n5 true true deprecated true\nsync end\nwarning DeprecationWarning DEP_X1 \"one is deprecated\"\nwarning DeprecationWarning undefined \"three is deprecated\"\nwarning DeprecationWarning undefined \"three is deprecated\"\nwarning DeprecationWarning DEP_K \"K deprecated\"\n"
---*/
process.on('warning', (w) => console.log('warning', w.name, w.code, JSON.stringify(w.message)));
const util = require('util');
function one(a, b) { return a + b; }
const f1 = util.deprecate(one, 'one is deprecated', 'DEP_X1');
const f2 = util.deprecate(function two() { return 2; }, 'two is deprecated', 'DEP_X1');
const f3 = util.deprecate(function three() { return 3; }, 'three is deprecated');
const f4 = util.deprecate(function four() { return 4; }, 'three is deprecated');
console.log(f1.name, f1.length, Object.getPrototypeOf(f1) === one, f1.prototype === one.prototype);
console.log(f1(1, 2), f1(3, 4), f2(), f3(), f3(), f4(), f4());
for (const code of [1, null, {}, Symbol('s'), true]) {
  try { util.deprecate(() => {}, 'm', code); console.log('accepted', String(code)); } catch (e) { console.log(e.name, e.code, e.message); }
}
util.deprecate(() => {}, 'm', undefined);
try { util.deprecate('notfn', 'm'); console.log('accepted'); } catch (e) { console.log(e.name, e.code, e.message); }
class K { constructor(x) { this.x = x; } }
const C = util.deprecate(K, 'K deprecated', 'DEP_K');
const k = new C(5);
console.log(k.x, k instanceof C, k instanceof K, C.name, C.prototype === K.prototype);
new C(6);
console.log('sync end');
