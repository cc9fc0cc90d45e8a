/*---
description = "process.exit(6) in a top-level await continuation exits 6 at once; later code never runs"
node = true
[expect]
exit_code = 6
cause = "exited"
stdout = "resumed\nexit 6 6\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
const resumed = new Promise((resolve) => setImmediate(resolve));
setImmediate(() => console.log('never: second immediate'));
await resumed;
console.log('resumed');
process.exit(6);
console.log('never');
