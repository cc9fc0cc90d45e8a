/*---
description = "process.exitCode = 0 set by a timer while the top-level await is pending still prevents the 13"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "timer set exitCode 0\nexit 0 0\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => { process.exitCode = 0; console.log('timer set exitCode 0'); }, 1);
await new Promise(() => {});
