/*---
description = "SIGUSR2's default action: 140"
node = true
[expect]
exit_code = 140
cause = "signaled"
stdout = "ready\n"
[faults]
signals = [{ signal = "SIGUSR2", at = "stdout:ready" }]
---*/
setTimeout(() => console.log('never'), 5000);
console.log('ready');
