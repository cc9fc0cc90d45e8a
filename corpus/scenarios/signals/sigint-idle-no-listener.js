/*---
description = "SIGINT without a listener ends an idle instance with 130"
node = true
[expect]
exit_code = 130
cause = "signaled"
stdout = "ready\n"
[faults]
signals = [{ signal = "SIGINT", at = "stdout:ready" }]
---*/
setInterval(() => {}, 1000);
console.log('ready');
