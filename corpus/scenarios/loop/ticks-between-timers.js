/*---
description = "ticks and microtasks run between two timer callbacks of the same expiry"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "t1\ntick\nmicro\nt2\n"
---*/
setTimeout(() => { console.log('t1'); process.nextTick(() => console.log('tick')); Promise.resolve().then(() => console.log('micro')); }, 1);
setTimeout(() => console.log('t2'), 1);
