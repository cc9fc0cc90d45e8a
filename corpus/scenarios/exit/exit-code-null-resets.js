/*---
description = "exitCode = null then a natural end: status 0"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = ""
---*/
process.exitCode = 7;
process.exitCode = null;
