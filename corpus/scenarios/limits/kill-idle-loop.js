/*---
description = "a host kill ends an idle instance with 137; no 'exit' listener runs"
node = true
[expect]
exit_code = 137
cause = "killed"
stdout = "ready\n"
[faults]
kill = "stdout:ready"
---*/
process.on('exit', () => console.log('no exit listener on kill'));
setInterval(() => {}, 1000);
console.log('ready');
