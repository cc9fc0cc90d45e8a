/*---
description = "timers/promises and util.promisify(setTimeout) inside an async main; exitCode at the end."
node = true
[expect]
exit_code = 9
cause = "drained"
stdout = "a\nb val\nc v2 imm\n"
---*/
// timers/promises and util.promisify(setTimeout) inside an async main; exitCode at the end.
const { setTimeout: sleep, setImmediate: yieldNow } = require('timers/promises');
const util = require('util');
(async () => {
  console.log('a');
  await sleep(5);
  console.log('b', await sleep(1, 'val'));
  console.log('c', await util.promisify(setTimeout)(1, 'v2'), await yieldNow('imm'));
  const unref = sleep(10000, 'never', { ref: false });
  unref.then((v) => console.log(v));
  process.exitCode = 9;
})();
