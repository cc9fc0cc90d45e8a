/*---
description = "an explicit process.exitCode = 0 before an unsettled top-level await also wins: exit 0, not 13"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "exit 0 0\n"
---*/
process.exitCode = 0;
process.on('exit', (code) => console.log('exit', code, process.exitCode));
await new Promise(() => {});
