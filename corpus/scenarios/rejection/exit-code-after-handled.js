/*---
description = "exitCode set in an 'unhandledRejection' listener"
node = true
[expect]
exit_code = 21
cause = "drained"
stdout = ""
---*/
process.on('unhandledRejection', () => { process.exitCode = 21; });
Promise.reject(new Error('x'));
