/*---
description = "an 'uncaughtException' listener that throws ends the instance with 7"
node = true
[expect]
exit_code = 7
cause = "uncaught"
stdout = "handler runs, then throws\n"
stderr_contains = "Error: ok"
---*/
process.on('uncaughtException', () => {
  console.log('handler runs, then throws');
  throw new Error('ok');
});
throw new Error('bad');
