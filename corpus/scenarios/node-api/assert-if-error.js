/*---
description = "assert.ifError passes on null/undefined and otherwise throws 'ifError got unwanted exception: ...'"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "ok\nok\n\"ifError got unwanted exception: 0\" ERR_ASSERTION ifError false null\n\"ifError got unwanted exception: 'x'\" ERR_ASSERTION ifError false null\n\"ifError got unwanted exception: false\" ERR_ASSERTION ifError false null\n\"ifError got unwanted exception: boom\" ERR_ASSERTION ifError false null\n\"ifError got unwanted exception: TypeError\" ERR_ASSERTION ifError false null\n\"ifError got unwanted exception: m\" ERR_ASSERTION ifError false null\n\"ifError got unwanted exception: {}\" ERR_ASSERTION ifError false null\n\"ifError got unwanted exception: []\" ERR_ASSERTION ifError false null\ntrue AssertionError true AssertionError [ERR_ASSERTION]: ifError got unwanted exception: inner\n"
---*/
const assert = require('assert');
function show(fn) {
  try { fn(); console.log('ok'); } catch (e) {
    console.log(JSON.stringify(e.message), e.code, e.operator, e.generatedMessage, e.expected);
  }
}
show(() => assert.ifError(null));
show(() => assert.ifError(undefined));
show(() => assert.ifError(0));
show(() => assert.ifError('x'));
show(() => assert.ifError(false));
show(() => assert.ifError(new Error('boom')));
show(() => assert.ifError(new TypeError('')));
show(() => assert.ifError({ message: 'm' }));
show(() => assert.ifError({}));
show(() => assert.ifError([]));
const err = new Error('inner');
try { assert.ifError(err); } catch (e) {
  console.log(e.actual === err, e.name, e instanceof assert.AssertionError, e.stack.split('\n')[0]);
}
