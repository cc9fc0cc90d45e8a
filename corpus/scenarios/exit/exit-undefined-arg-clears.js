/*---
description = "process.exit(undefined) clears exitCode, as an explicit argument"
node = true
[expect]
exit_code = 0
cause = "exited"
stdout = "exit 0 undefined\n"
---*/
process.exitCode = 6;
process.on('exit', (c) => console.log('exit', c, process.exitCode));
process.exit(undefined);
