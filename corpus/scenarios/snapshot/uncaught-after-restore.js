/*---
description = "an uncaught error after restore: status 1, 'exit' sees 1"
node = false
[expect]
exit_code = 1
cause = "uncaught"
stdout = "restored 41 2 7,8,9\nexit 1\n"
[faults]
snapshot = "../../snapshots/counter.js"
---*/
process.on('exit', (c) => console.log('exit', c));
throw new Error('after restore');
