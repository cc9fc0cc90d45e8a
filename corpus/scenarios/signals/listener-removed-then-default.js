/*---
description = "after its only listener is removed, SIGTERM's default action applies again"
node = true
[expect]
exit_code = 143
cause = "signaled"
stdout = "ready\n"
[faults]
signals = [{ signal = "SIGTERM", at = "stdout:ready" }]
---*/
const onTerm = () => console.log('listener');
process.on('SIGTERM', onTerm);
process.off('SIGTERM', onTerm);
setInterval(() => {}, 1000);
console.log('ready');
