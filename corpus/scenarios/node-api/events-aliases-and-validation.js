/*---
description = "EventEmitter: on/off are the same functions as addListener/removeListener; getMaxListeners; setMaxListeners, defaultMaxListeners and captureRejections validation"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "true true\naddListener removeListener true true\n10 10\ntrue 3\n7 3\nRangeError ERR_OUT_OF_RANGE The value of \"setMaxListeners\" is out of range. It must be >= 0. Received -1\nRangeError ERR_OUT_OF_RANGE The value of \"setMaxListeners\" is out of range. It must be >= 0. Received NaN\nTypeError ERR_INVALID_ARG_TYPE The \"setMaxListeners\" argument must be of type number. Received type string ('x')\nTypeError ERR_INVALID_ARG_TYPE The \"setMaxListeners\" argument must be of type number. Received undefined\nok 1.5 1.5\nok Infinity Infinity\nok 0 0\nRangeError ERR_OUT_OF_RANGE The value of \"defaultMaxListeners\" is out of range. It must be >= 0. Received -1\nRangeError ERR_OUT_OF_RANGE The value of \"defaultMaxListeners\" is out of range. It must be >= 0. Received NaN\nTypeError ERR_INVALID_ARG_TYPE The \"defaultMaxListeners\" argument must be of type number. Received type string ('x')\nTypeError ERR_INVALID_ARG_TYPE The \"options.captureRejections\" property must be of type boolean. Received type string ('yes')\nTypeError ERR_INVALID_ARG_TYPE The \"options.captureRejections\" property must be of type boolean. Received type number (1)\nTypeError ERR_INVALID_ARG_TYPE The \"options.captureRejections\" property must be of type boolean. Received an instance of Object\nok null\nok 0\nok \nok true\nok false\nok undefined\nok number options\nok null options\nTypeError ERR_INVALID_ARG_TYPE The \"EventEmitter.captureRejections\" property must be of type boolean. Received type string ('x')\nfalse\n"
---*/
const events = require('events');
const EE = events.EventEmitter;
console.log(EE.prototype.on === EE.prototype.addListener, EE.prototype.off === EE.prototype.removeListener);
console.log(EE.prototype.on.name, EE.prototype.off.name, EE === events, EE.EventEmitter === EE);
const e = new EE();
console.log(e.getMaxListeners(), EE.defaultMaxListeners);
console.log(e.setMaxListeners(3) === e, e.getMaxListeners());
EE.defaultMaxListeners = 7;
console.log(new EE().getMaxListeners(), e.getMaxListeners());
EE.defaultMaxListeners = 10;
for (const v of [-1, NaN, 'x', undefined, 1.5, Infinity, 0]) {
  try { e.setMaxListeners(v); console.log('ok', v, e.getMaxListeners()); } catch (err) { console.log(err.name, err.code, err.message); }
}
for (const v of [-1, NaN, 'x']) {
  try { EE.defaultMaxListeners = v; console.log('ok'); } catch (err) { console.log(err.name, err.code, err.message); }
}
for (const v of ['yes', 1, {}, null, 0, '', true, false, undefined]) {
  try { new EE({ captureRejections: v }); console.log('ok', v); } catch (err) { console.log(err.name, err.code, err.message); }
}
try { new EE(5); console.log('ok number options'); } catch (err) { console.log(err.code, err.message); }
try { new EE(null); console.log('ok null options'); } catch (err) { console.log(err.code, err.message); }
try { EE.captureRejections = 'x'; } catch (err) { console.log(err.name, err.code, err.message); }
console.log(EE.captureRejections);
