/*---
description = "SIGALRM's default action ends the instance with 142, no 'exit'"
node = true
[expect]
exit_code = 142
cause = "signaled"
stdout = "ready\n"
[faults]
signals = [{ signal = "SIGALRM", at = "stdout:ready" }]
---*/
process.on('exit', () => console.log('exit never runs'));
setTimeout(() => console.log('never'), 10000);
console.log('ready');
