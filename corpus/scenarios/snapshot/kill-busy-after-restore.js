/*---
description = "a host kill ends a busy loop of a restored instance"
node = false
[expect]
exit_code = 137
cause = "killed"
stdout = "restored 41 2 7,8,9\nready\n"
[faults]
snapshot = "../../snapshots/counter.js"
kill = "stdout:ready"
---*/
console.log('ready');
while (true) {}
