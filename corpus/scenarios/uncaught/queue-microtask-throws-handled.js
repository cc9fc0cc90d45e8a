/*---
description = "a queueMicrotask throw handled by 'uncaughtException'; the rest continues"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "handled micro uncaughtException\nnext microtask\ntimer\n"
---*/
process.on('uncaughtException', (e, origin) => console.log('handled', e.message, origin));
queueMicrotask(() => { throw new Error('micro'); });
queueMicrotask(() => console.log('next microtask'));
setTimeout(() => console.log('timer'), 1);
