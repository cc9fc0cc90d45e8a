/*---
description = "process.exit(3) from a timer while the top-level await is unsettled exits 3; 'exit' listeners see 3"
node = true
[expect]
exit_code = 3
cause = "exited"
stdout = "timer\nexit 3 3\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => { console.log('timer'); process.exit(3); }, 1);
await new Promise(() => {});
console.log('never');
