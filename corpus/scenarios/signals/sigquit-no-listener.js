/*---
description = "SIGQUIT's default action: 131"
node = true
[expect]
exit_code = 131
cause = "signaled"
stdout = "ready\n"
[faults]
signals = [{ signal = "SIGQUIT", at = "stdout:ready" }]
---*/
setTimeout(() => console.log('never'), 5000);
console.log('ready');
