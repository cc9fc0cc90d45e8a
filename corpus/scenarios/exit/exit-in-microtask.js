/*---
description = "exit from inside a microtask stops the queue"
node = true
[expect]
exit_code = 15
cause = "exited"
stdout = "micro 1\n"
---*/
queueMicrotask(() => { console.log('micro 1'); process.exit(15); });
queueMicrotask(() => console.log('micro 2'));
