/*---
description = "exitCode '0x10' is an integer string; the status is 16"
node = true
[expect]
exit_code = 16
cause = "drained"
stdout = "string 0x10\n"
---*/
process.exitCode = '0x10';
console.log(typeof process.exitCode, process.exitCode);
