/*---
description = "an async function that throws with nobody awaiting"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "exit 1\n"
---*/
process.on('exit', (c) => console.log('exit', c));
async function work() { await null; throw new RangeError('async failure'); }
work();
