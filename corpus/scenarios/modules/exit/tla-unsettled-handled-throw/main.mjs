/*---
description = "a timer throw swallowed by an 'uncaughtException' handler while the top-level await is unsettled: the loop drains and the exit is 13"
node = true
[expect]
exit_code = 13
cause = "drained"
stdout = "handled timer boom uncaughtException\nexit 0 13\n"
---*/
process.on('uncaughtException', (err, origin) => console.log('handled', err.message, origin));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => { throw new Error('timer boom'); }, 1);
await new Promise(() => {});
