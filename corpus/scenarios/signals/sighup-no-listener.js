/*---
description = "SIGHUP's default action: 129"
node = true
[expect]
exit_code = 129
cause = "signaled"
stdout = "ready\n"
[faults]
signals = [{ signal = "SIGHUP", at = "stdout:ready" }]
---*/
setTimeout(() => console.log('never'), 5000);
console.log('ready');
