/*---
description = "ticks, microtasks and immediates queued before exit never run"
node = true
[expect]
exit_code = 0
cause = "exited"
stdout = ""
---*/
process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
queueMicrotask(() => console.log('queued'));
setImmediate(() => console.log('immediate'));
process.exit(0);
