/*---
description = "legacy timers.enroll/active/unenroll/_unrefActive work and each warns once (DEP0095, DEP0126, DEP0096, DEP0127); enroll validates msecs"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "function function function function\ndeprecated deprecated deprecated deprecated\nundefined 1\nnumber\n-1 true\nTypeError ERR_INVALID_ARG_TYPE The \"msecs\" argument must be of type number. Received type string ('x')\nRangeError ERR_OUT_OF_RANGE The value of \"msecs\" is out of range. It must be a non-negative finite number. Received -1\nRangeError ERR_OUT_OF_RANGE The value of \"msecs\" is out of range. It must be a non-negative finite number. Received NaN\nRangeError ERR_OUT_OF_RANGE The value of \"msecs\" is out of range. It must be a non-negative finite number. Received Infinity\nok 2147483648 2147483647\nsync end\nwarning DeprecationWarning DEP0095 \"timers.enroll() is deprecated. Please use setTimeout instead.\"\nwarning DeprecationWarning DEP0126 \"timers.active() is deprecated. Please use timeout.refresh() instead.\"\nwarning DeprecationWarning DEP0096 \"timers.unenroll() is deprecated. Please use clearTimeout instead.\"\nwarning DeprecationWarning DEP0127 \"timers._unrefActive() is deprecated. Please use timeout.refresh() instead.\"\nwarning TimeoutOverflowWarning undefined \"2147483648 does not fit into a 32-bit signed integer.\\nTimer duration was truncated to 2147483647.\"\nobj fired true\nobj3 (unref) fired\nref timeout after them in the same 1 ms list\n"
---*/
process.on('warning', (w) => console.log('warning', w.name, w.code, JSON.stringify(w.message)));
const timers = require('timers');
console.log(typeof timers.enroll, typeof timers.unenroll, typeof timers.active, typeof timers._unrefActive);
console.log(timers.enroll.name, timers.unenroll.name, timers.active.name, timers._unrefActive.name);
const obj = { _onTimeout() { console.log('obj fired', this === obj); } };
console.log(timers.enroll(obj, 1), obj._idleTimeout);
timers.active(obj);
console.log(typeof obj._idleStart);
const obj2 = { _onTimeout() { console.log('obj2 fired (must not)'); } };
timers.enroll(obj2, 1);
timers.active(obj2);
timers.unenroll(obj2);
console.log(obj2._idleTimeout, obj2._destroyed);
const obj3 = { _onTimeout() { console.log('obj3 (unref) fired'); } };
timers.enroll(obj3, 1);
timers._unrefActive(obj3);
setTimeout(() => console.log('ref timeout after them in the same 1 ms list'), 1);
for (const bad of ['x', -1, NaN, Infinity, 2 ** 31]) {
  const o = {};
  try { timers.enroll(o, bad); console.log('ok', bad, o._idleTimeout); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log('sync end');
