/*---
description = "exit from inside a nextTick callback, with more ticks queued behind it"
node = true
[expect]
exit_code = 14
cause = "exited"
stdout = "tick 1\n"
---*/
process.nextTick(() => { console.log('tick 1'); process.exit(14); });
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('micro'));
