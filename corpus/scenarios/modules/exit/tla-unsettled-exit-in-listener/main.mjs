/*---
description = "process.exit(9) inside an 'exit' listener during the 13-exit ends with 9 and skips later listeners"
node = true
[expect]
exit_code = 9
cause = "exited"
stdout = "first 0 13\n"
---*/
process.on('exit', (code) => { console.log('first', code, process.exitCode); process.exit(9); });
process.on('exit', () => console.log('never: second'));
await new Promise(() => {});
