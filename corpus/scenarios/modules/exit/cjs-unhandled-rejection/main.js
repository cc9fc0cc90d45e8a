/*---
description = "an unhandled rejection in a CommonJS main: exit 1 after the current tick, 'exit' sees 1"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "main finished\nexit 1 1\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
Promise.reject(new Error('cjs rejection'));
console.log('main finished');
