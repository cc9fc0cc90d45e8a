/*---
description = "process.exitCode set at top level becomes the exit status; 'exit' listeners see it"
node = true
[expect]
exit_code = 42
cause = "drained"
stdout = "exit listener: code=42 exitCode=42\n"
---*/
process.exitCode = 42;
process.on('exit', (code) => {
  console.log(`exit listener: code=${code} exitCode=${process.exitCode}`);
});
