/*---
description = "the 13 comes only once the loop drains: timers still pending when the module suspends run first"
node = true
[expect]
exit_code = 13
cause = "drained"
stdout = "timer 1\nimmediate from timer 2\nexit 0 13\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => console.log('timer 1'), 1);
setTimeout(() => setImmediate(() => console.log('immediate from timer 2')), 2);
await new Promise(() => {});
