/*---
description = "an uncaught throw from a timer while the top-level await is unsettled: exit 1 (uncaught), not 13"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "exit 1 1\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => { throw new Error('timer boom'); }, 1);
await new Promise(() => {});
