/*---
description = "a wall-clock timeout ends an instance that idles forever with 137; no 'exit' listener runs"
[expect]
exit_code = 137
cause = "timed_out"
stdout = ""
[faults]
timeout_ms = 200
---*/
// Nothing is printed before the timeout can fire, so no amount of load changes the outcome.
process.on('exit', () => console.log('no exit listener past a timeout'));
setInterval(() => {}, 1000);
