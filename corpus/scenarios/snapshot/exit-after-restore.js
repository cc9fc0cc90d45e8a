/*---
description = "process.exit in a timer after restore: 'exit' runs once, the code wins"
node = false
[expect]
exit_code = 12
cause = "exited"
stdout = "restored 41 2 7,8,9\nexit 12\n"
[faults]
snapshot = "../../snapshots/counter.js"
---*/
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => process.exit(counter.next() - 30), 1);
setTimeout(() => console.log('never'), 50);
