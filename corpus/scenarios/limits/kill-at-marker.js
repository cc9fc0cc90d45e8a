/*---
description = "a host kill at a stdout marker ends a busy loop with 137"
node = true
[expect]
exit_code = 137
cause = "killed"
stdout = "ready\n"
[faults]
kill = "stdout:ready"
---*/
process.on('exit', () => console.log('no exit listener on kill'));
console.log('ready');
while (true) {}
