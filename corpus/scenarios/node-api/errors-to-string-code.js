/*---
description = "Node's errors (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE, ERR_UNKNOWN_SIGNAL ...) show their code in String(err), `Name [CODE]: message`, from a prototype between the error and TypeError.prototype, so assert.throws with a RegExp finds the code"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "TypeError [ERR_INVALID_ARG_TYPE]: The \"val\" argument must be of type boolean. Received type number (1) | TypeError [ERR_INVALID_ARG_TYPE]: The \"val\" argument must be of type boolean. Received type number (1) | false true false TypeError\nTypeError [ERR_INVALID_ARG_TYPE]: The \"directory\" argument must be of type string. Received type number (5) | TypeError [ERR_INVALID_ARG_TYPE]: The \"directory\" argument must be of type string. Received type number (5) | false true false TypeError\nTypeError [ERR_UNKNOWN_SIGNAL]: Unknown signal: SIGNOPE | TypeError [ERR_UNKNOWN_SIGNAL]: Unknown signal: SIGNOPE | false true false TypeError\nRangeError [ERR_OUT_OF_RANGE]: The value of \"mask\" is out of range. It must be >= 0 && <= 4294967295. Received -1 | RangeError [ERR_OUT_OF_RANGE]: The value of \"mask\" is out of range. It must be >= 0 && <= 4294967295. Received -1 | false true false RangeError\nTypeError [ERR_INVALID_ARG_TYPE]: The \"callback\" argument must be of type function. Received type string ('x') | TypeError [ERR_INVALID_ARG_TYPE]: The \"callback\" argument must be of type function. Received type string ('x') | false true false TypeError\nRenamed [ERR_INVALID_ARG_TYPE]: changed [ 'code', 'name' ] [\"code\",\"message\",\"name\",\"stack\"]\nTypeError [ERR_INVALID_ARG_TYPE]: The \"directory\" argument must be of type string. Received type number (5)\n"
---*/
const assert = require('assert');
const errors = [];
const grab = (f) => { try { f(); } catch (e) { errors.push(e); } };
grab(() => process.setSourceMapsEnabled(1));
grab(() => process.chdir(5));
grab(() => process.kill(0, 'SIGNOPE'));
grab(() => process.umask(-1));
grab(() => setTimeout('x'));
for (const e of errors) {
  console.log(String(e), '|', `${e}`, '|', e.toString === Error.prototype.toString, e instanceof Error, Object.getPrototypeOf(e) === e.constructor.prototype, e.constructor.name);
}
// assert.throws matches a RegExp against String(error), so the code is found.
assert.throws(() => process.setSourceMapsEnabled(null), /ERR_INVALID_ARG_TYPE/);
assert.throws(() => process.umask(1.5), /^RangeError \[ERR_OUT_OF_RANGE\]: The value of "mask"/);
const e = errors[0];
e.name = 'Renamed';
e.message = 'changed';
console.log(String(e), Object.keys(e), JSON.stringify(Object.getOwnPropertyNames(e).sort()));
console.log(require('util').inspect(errors[1]).split('\n')[0]);
