/*---
description = "process.stdout.write writes without a newline"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "ab\n"
---*/
process.stdout.write('a');
process.stdout.write('b\n');
