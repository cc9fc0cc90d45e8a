/*---
description = "assert.ok/assert(falsy) without a message quotes the failing call read back from the source file"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "\"The expression evaluated to a falsy value:\\n\\n  assert.ok(false)\\n\" true == false true\n\"The expression evaluated to a falsy value:\\n\\n  assert(x === 1)\\n\" true == false true\n\"custom\" false == 0 true\n\"The expression evaluated to a falsy value:\\n\\n  assert.ok(null, undefined)\\n\" true == null true\n\"The expression evaluated to a falsy value:\\n\\n  assert(\\n  x > 5,\\n  )\\n\" true == false true\n\"No value argument passed to `assert.ok()`\" true == undefined true\n\"false == true\" true == false true\n\"false == true\" true == false true\n"
---*/
const assert = require('assert');
function show(fn) {
  try { fn(); console.log('no throw'); } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, e.actual, e.expected);
  }
}
const x = 2;
show(() => assert.ok(false));
show(() => assert(x === 1));
show(() => assert(0, 'custom'));
show(() => assert.ok(null, undefined));
show(() => assert(
  x > 5,
));
show(() => assert.ok());
show(() => eval('assert(false)'));
show(() => new Function('assert', 'assert(false)')(assert));
