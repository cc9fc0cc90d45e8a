/*---
description = "SIGKILL ends the instance with 137 even with other listeners installed"
node = true
[expect]
exit_code = 137
cause = "signaled"
stdout = "ready\n"
[faults]
signals = [{ signal = "SIGKILL", at = "stdout:ready" }]
---*/
process.on('SIGTERM', () => console.log('not this one'));
setTimeout(() => console.log('never'), 5000);
console.log('ready');
