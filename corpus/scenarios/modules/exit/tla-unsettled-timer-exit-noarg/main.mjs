/*---
description = "process.exit() with no argument while the top-level await is unsettled exits 0, not 13"
node = true
[expect]
exit_code = 0
cause = "exited"
stdout = "exit 0 undefined\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => process.exit(), 1);
await new Promise(() => {});
