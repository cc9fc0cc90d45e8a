/*---
description = "SIGTERM without a listener ends a busy loop at once with 143; no 'exit' listener runs"
node = true
[expect]
exit_code = 143
cause = "signaled"
stdout = "ready\n"
[faults]
signals = [{ signal = "SIGTERM", at = "stdout:ready" }]
---*/
process.on('exit', () => console.log('exit listener must not run'));
console.log('ready');
while (true) {}
