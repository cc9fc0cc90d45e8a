/*---
description = "process.exit('3') accepts an integer string"
node = true
[expect]
exit_code = 3
cause = "exited"
stdout = ""
---*/
process.exit('3');
