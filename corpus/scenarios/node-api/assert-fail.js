/*---
description = "assert.fail with zero/one/several arguments and its one-time DEP0094 warning"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "\"Failed\" true fail undefined undefined ERR_ASSERTION\n\"boom\" false fail undefined undefined ERR_ASSERTION\n\"Failed\" true fail undefined undefined ERR_ASSERTION\n\"1 != 2\" true != 1 2 ERR_ASSERTION\n\"msg\" false fail 1 2 ERR_ASSERTION\n\"1 > 2\" true > 1 2 ERR_ASSERTION\n\"m\" false > 1 2 ERR_ASSERTION\n\"1 fail 2\" true fail 1 2 ERR_ASSERTION\nTypeError te undefined\nRangeError re undefined\nsync end\nwarning DeprecationWarning DEP0094 assert.fail() with more than one argument is deprecated. Please use assert.strictEqual() instead or only pass a message.\n"
---*/
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const assert = require('assert');
function show(fn) {
  try { fn(); } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, e.actual, e.expected, e.code);
  }
}
show(() => assert.fail());
show(() => assert.fail('boom'));
show(() => assert.fail(undefined));
show(() => assert.fail(1, 2));
show(() => assert.fail(1, 2, 'msg'));
show(() => assert.fail(1, 2, undefined, '>'));
show(() => assert.fail(1, 2, 'm', '>'));
show(() => assert.fail(1, 2, undefined, undefined));
try { assert.fail(new TypeError('te')); } catch (e) { console.log(e.name, e.message, e.code); }
try { assert.fail(1, 2, new RangeError('re')); } catch (e) { console.log(e.name, e.message, e.code); }
console.log('sync end');
