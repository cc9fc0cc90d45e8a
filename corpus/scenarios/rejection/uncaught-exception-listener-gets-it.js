/*---
description = "'uncaughtException' receives an unhandled rejection with origin 'unhandledRejection'"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "got via rejection unhandledRejection\n"
---*/
process.on('uncaughtException', (e, origin) => console.log('got', e.message, origin));
Promise.reject(new Error('via rejection'));
