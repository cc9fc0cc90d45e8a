/*---
description = "process.exit() with no argument keeps exitCode"
node = true
[expect]
exit_code = 6
cause = "exited"
stdout = "exit 6 6\n"
---*/
process.exitCode = 6;
process.on('exit', (c) => console.log('exit', c, process.exitCode));
process.exit();
