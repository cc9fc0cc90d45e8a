/*---
description = "exit inside a timer: the other pending timers and immediates never fire"
node = true
[expect]
exit_code = 4
cause = "exited"
stdout = "exiting\n"
---*/
setTimeout(() => console.log('never 1'), 50);
setInterval(() => console.log('never 2'), 5);
setTimeout(() => { console.log('exiting'); setImmediate(() => console.log('never 3')); process.exit(4); }, 1);
