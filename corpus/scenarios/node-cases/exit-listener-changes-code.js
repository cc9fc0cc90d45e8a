/*---
description = "an 'exit' listener that sets exitCode changes the final status"
node = true
[expect]
exit_code = 99
cause = "drained"
stdout = "exit listener: code=95 exitCode=95\n"
---*/
process.exitCode = 95;
process.on('exit', (code) => {
  console.log(`exit listener: code=${code} exitCode=${process.exitCode}`);
  process.exitCode = 99;
});
