/*---
description = "an unhandled rejection created in an ES module (not awaited): the module finishes, then the process dies with exit 1"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "module body finished\nexit 1 1\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
Promise.reject(new Error('nobody handles this'));
console.log('module body finished');
setTimeout(() => console.log('never: timer'), 50);
