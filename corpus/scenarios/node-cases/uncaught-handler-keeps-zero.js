/*---
description = "an 'uncaughtException' listener swallows the error; the instance ends 0"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "exit listener: code=0 exitCode=undefined\n"
---*/
process.on('exit', (code) => {
  console.log(`exit listener: code=${code} exitCode=${process.exitCode}`);
});
process.on('uncaughtException', () => {});
throw new Error('ok');
