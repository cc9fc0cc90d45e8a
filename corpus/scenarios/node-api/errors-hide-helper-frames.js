/*---
description = "Node's errors hide the frames of the helpers and validators that built them: the first frame is never node:internal/errors or node:internal/validators"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "ERR_INVALID_ARG_TYPE false\nERR_INVALID_ARG_TYPE false\nERR_INVALID_ARG_TYPE false\nERR_OUT_OF_RANGE false\nERR_INVALID_ARG_TYPE false\nERR_INVALID_ARG_TYPE false\n2 true\n"
---*/
// Node's errors hide the frames of the helpers and validators that built them: the stack's
// first frame is the function that found the problem (here, never node:internal/errors or
// node:internal/validators).
const cases = [() => Buffer.alloc('x'), () => setTimeout('x'), () => process.chdir(5),
  () => require('events').defaultMaxListeners = -1, () => process.nextTick(1), () => require('util').inherits(1)];
for (const f of cases) {
  try { f(); } catch (e) {
    const top = e.stack.split('\n').find((l) => l.startsWith('    at '));
    console.log(e.code, /node:internal\/(errors|validators):/.test(top));
  }
}
// With a low Error.stackTraceLimit, the frames left are the user's.
Error.stackTraceLimit = 1;
try { Buffer.alloc('x'); } catch (e) { console.log(e.stack.split('\n').length, /^    at /.test(e.stack.split('\n')[1])); }
