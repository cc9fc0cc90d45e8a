/*---
description = "process.kill(process.pid, 'SIGTERM') without a listener ends the instance at once"
node = true
[expect]
exit_code = 143
cause = "signaled"
stdout = "before\n"
---*/
process.on('exit', (c) => console.log('exit', c));
console.log('before');
process.kill(process.pid, 'SIGTERM');
console.log('after');
