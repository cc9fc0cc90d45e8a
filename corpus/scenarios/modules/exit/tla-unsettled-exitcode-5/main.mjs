/*---
description = "process.exitCode = 5 set before an unsettled top-level await wins over 13 (Node sets exitCode only if it is still undefined)"
node = true
[expect]
exit_code = 5
cause = "drained"
stdout = "exit 5 5\n"
---*/
process.exitCode = 5;
process.on('exit', (code) => console.log('exit', code, process.exitCode));
await new Promise(() => {});
