/*---
description = "process.nextTick calls its callback with this === undefined (globalThis in a sloppy function), with or without extra args"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "TypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received undefined\nTypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received type string ('x')\nTypeError ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received an instance of Object\nsloppy true false false\nstrict true false\nstrict with args true 1 2 2\nsloppy with args true x 1\nqueueMicrotask strict true\nsetTimeout this Timeout\nsetImmediate this Immediate\n"
---*/
process.nextTick(function () { console.log('sloppy', this === globalThis, this === process, this === undefined); });
process.nextTick(function () { 'use strict'; console.log('strict', this === undefined, this === process); });
process.nextTick(function (a, b) { 'use strict'; console.log('strict with args', this === undefined, a, b, arguments.length); }, 1, 2);
process.nextTick(function (a) { console.log('sloppy with args', this === globalThis, a, arguments.length); }, 'x');
queueMicrotask(function () { 'use strict'; console.log('queueMicrotask strict', this === undefined); });
setTimeout(function () {
  console.log('setTimeout this', this && this.constructor.name);
  setImmediate(function () { console.log('setImmediate this', this && this.constructor.name); });
}, 0);
for (const bad of [undefined, 'x', {}]) {
  try { process.nextTick(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
