/*---
description = "a CPU limit that is not reached changes nothing, and idle time never counts against it"
[expect]
exit_code = 3
cause = "drained"
stdout = "slept\n"
[faults]
cpu_limit_ms = 100
---*/
// 300 ms of timers, but almost no CPU time: an idle loop does not use the budget.
setTimeout(() => { console.log('slept'); process.exitCode = 3; }, 300);
