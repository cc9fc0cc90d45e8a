/*---
description = "a wall-clock timeout ends a busy loop with 137"
node = false
[expect]
exit_code = 137
cause = "timed_out"
stdout = "spinning\n"
[faults]
timeout_ms = 200
---*/
console.log('spinning');
while (true) {}
