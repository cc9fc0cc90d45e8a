/*---
description = "an uncaught error forces exitCode to 1 before 'exit' runs, whatever it was"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "exit listener: code=1 exitCode=1\n"
stderr_contains = "Error: ok"
---*/
process.exitCode = 99;
process.on('exit', (code) => {
  console.log(`exit listener: code=${code} exitCode=${process.exitCode}`);
});
throw new Error('ok');
