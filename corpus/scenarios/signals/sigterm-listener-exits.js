/*---
description = "a SIGTERM listener runs on the loop and chooses the exit code"
node = true
[expect]
exit_code = 3
cause = "exited"
stdout = "ready\nreceived SIGTERM\n"
[faults]
signals = [{ signal = "SIGTERM", at = "stdout:ready" }]
---*/
process.on('SIGTERM', (name) => {
  console.log('received', name);
  process.exit(3);
});
setInterval(() => {}, 1000);
console.log('ready');
