/*---
description = "awaiting a rejected promise at top level: exit 1, uncaught"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "before\nexit 1 1\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('before');
await Promise.reject(new RangeError('rejected at top level'));
console.log('never');
