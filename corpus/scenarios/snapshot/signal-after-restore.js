/*---
description = "a SIGTERM listener installed after restore runs and picks the code"
node = false
[expect]
exit_code = 3
cause = "exited"
stdout = "restored 41 2 7,8,9\nready\nterm 42\n"
[faults]
snapshot = "../../snapshots/counter.js"
signals = [{ signal = "SIGTERM", at = "stdout:ready" }]
---*/
process.on('SIGTERM', () => { console.log('term', counter.next()); process.exit(3); });
setInterval(() => {}, 1000);
console.log('ready');
