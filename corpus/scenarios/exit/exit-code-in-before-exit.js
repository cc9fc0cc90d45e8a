/*---
description = "'beforeExit' receives the current exitCode"
node = true
[expect]
exit_code = 3
cause = "drained"
stdout = "beforeExit 3\nexit 3\n"
---*/
process.exitCode = 3;
process.once('beforeExit', (c) => console.log('beforeExit', c));
process.on('exit', (c) => console.log('exit', c));
