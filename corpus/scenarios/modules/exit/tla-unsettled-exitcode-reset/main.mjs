/*---
description = "process.exitCode set to 4 and then back to null (nullish) before an unsettled top-level await: the ??= 13 applies again, exit 13"
node = true
[expect]
exit_code = 13
cause = "drained"
stdout = "exit 0 13\n"
---*/
process.exitCode = 4;
process.exitCode = null;
process.on('exit', (code) => console.log('exit', code, process.exitCode));
await new Promise(() => {});
