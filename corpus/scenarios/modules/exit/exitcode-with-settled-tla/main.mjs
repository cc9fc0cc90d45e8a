/*---
description = "process.exitCode = 2 set in an ES module whose top-level await settles is the exit status (drained)"
node = true
[expect]
exit_code = 2
cause = "drained"
stdout = "done\nexit 2 2\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
await new Promise((resolve) => setTimeout(resolve, 1));
process.exitCode = 2;
console.log('done');
