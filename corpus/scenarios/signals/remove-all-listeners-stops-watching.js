/*---
description = "process.removeAllListeners() also removes the listeners that start signal watchers: a SIGUSR2 listener added after it is never reached, and the default action applies"
node = true
[expect]
exit_code = 140
cause = "signaled"
stdout = "ready\n"
[faults]
signals = [{ signal = "SIGUSR2", at = "stdout:ready" }]
---*/
process.on('SIGUSR2', () => console.log('first listener'));
process.removeAllListeners();
process.on('SIGUSR2', () => console.log('never reached'));
setTimeout(() => console.log('never'), 5000);
console.log('ready');
