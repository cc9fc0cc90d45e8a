/*---
description = "an unhandled rejection with an Error: status 1 (Node 20 throws)"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "exit 1\n"
---*/
process.on('exit', (c) => console.log('exit', c));
Promise.reject(new Error('rejected'));
