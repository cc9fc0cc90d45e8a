/*---
description = "util.callbackify (falsy rejections wrapped, callbacks on the next tick) and the smaller util helpers Node 20 still exports"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "red plain a\ufffdb { a: 1, b: 2 }\ntrue true true false true x=5\nERR_INVALID_ARG_TYPE The last argument must be of type function. Received type number (1)\ntick first\ncb null 42\nfalsy ERR_FALSY_VALUE_REJECTION Promise was rejected with falsy value null\nrej boom\n"
---*/
// util.callbackify (falsy rejections wrapped, callbacks on the next tick) and the smaller
// util helpers Node 20 still exports.
const util = require('util');
const cb = util.callbackify(async (x) => x * 2);
cb(21, (err, v) => console.log('cb', err, v));
util.callbackify(() => Promise.reject(null))((err) => console.log('falsy', err.code, err.message, err.reason));
util.callbackify(async () => { throw new Error('boom'); })((err) => console.log('rej', err.message));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[0m plain'), util.toUSVString('a\ud800b'), util._extend({ a: 1 }, { b: 2 }));
console.log(util.isBoolean(true), util.isBuffer(Buffer.alloc(1)), util.isPrimitive(null), util.isObject(null), util.isError(new TypeError()), util.formatWithOptions({}, '%s=%d', 'x', 5));
try { cb(1); } catch (e) { console.log(e.code, e.message); }
process.nextTick(() => console.log('tick first'));
