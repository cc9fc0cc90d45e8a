/*---
description = "with an unsettled top-level await, an 'exit' listener that sets process.exitCode = 7 decides the exit status; a later listener reads 7"
node = true
[expect]
exit_code = 7
cause = "drained"
stdout = "first 0 13\nsecond 0 7\n"
---*/
process.on('exit', (code) => { console.log('first', code, process.exitCode); process.exitCode = 7; });
process.on('exit', (code) => console.log('second', code, process.exitCode));
await new Promise(() => {});
