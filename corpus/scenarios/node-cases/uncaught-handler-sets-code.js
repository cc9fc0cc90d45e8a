/*---
description = "an 'uncaughtException' listener sets exitCode 97"
node = true
[expect]
exit_code = 97
cause = "drained"
stdout = "exit listener: code=97 exitCode=97\n"
---*/
process.on('exit', (code) => {
  console.log(`exit listener: code=${code} exitCode=${process.exitCode}`);
});
process.on('uncaughtException', () => {
  process.exitCode = 97;
});
throw new Error('ok');
