/*---
description = "process.exit(2 ** 31) wraps to status 0 (ToInt32)"
node = true
[expect]
exit_code = 0
cause = "exited"
stdout = ""
---*/
process.exit(2 ** 31);
