/*---
description = "a queueMicrotask callback that throws is an uncaught exception"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "exit 1\n"
---*/
process.on('exit', (c) => console.log('exit', c));
queueMicrotask(() => { throw new Error('from microtask'); });
