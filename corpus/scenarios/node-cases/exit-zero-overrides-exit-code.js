/*---
description = "process.exit(0) replaces an exitCode of 99 with 0"
node = true
[expect]
exit_code = 0
cause = "exited"
stdout = "exit listener: code=0 exitCode=0\n"
---*/
process.exitCode = 99;
process.on('exit', (code) => {
  console.log(`exit listener: code=${code} exitCode=${process.exitCode}`);
});
process.exit(0);
