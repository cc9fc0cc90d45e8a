/*---
description = "an 'unhandledRejection' listener keeps the instance alive"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "unhandled 3 true\nlater\n"
---*/
process.on('unhandledRejection', (reason, p) => console.log('unhandled', reason, p instanceof Promise));
Promise.reject(3);
setTimeout(() => console.log('later'), 1);
