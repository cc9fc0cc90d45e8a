/*---
description = "process.exit(42) replaces an earlier exitCode of 99"
node = true
[expect]
exit_code = 42
cause = "exited"
stdout = "exit listener: code=42 exitCode=42\n"
---*/
process.exitCode = 99;
process.on('exit', (code) => {
  console.log(`exit listener: code=${code} exitCode=${process.exitCode}`);
});
process.exit(42);
