/*---
description = "after an uncaught error, an 'exit' listener turns status 1 into 0"
node = true
[expect]
exit_code = 0
cause = "uncaught"
stdout = "exit listener: code=1 exitCode=1\n"
---*/
process.on('exit', (code) => {
  console.log(`exit listener: code=${code} exitCode=${process.exitCode}`);
  process.exitCode = 0;
});
throw new Error('ok');
