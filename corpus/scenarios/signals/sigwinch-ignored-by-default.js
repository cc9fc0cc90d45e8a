/*---
description = "SIGWINCH and SIGCHLD without a listener are ignored, as by a Node process; a later SIGUSR2 still finds its listener"
node = true
[expect]
exit_code = 0
cause = "exited"
stdout = "ready\nready2\nusr2\n"
[faults]
signals = [{ signal = "SIGWINCH", at = "stdout:ready" }, { signal = "SIGCHLD", at = "stdout:ready" }, { signal = "SIGUSR2", at = "stdout:ready2" }]
---*/
process.on('SIGUSR2', () => { console.log('usr2'); process.exit(0); });
setTimeout(() => console.log('ready2'), 100);
setTimeout(() => console.log('never'), 10000);
console.log('ready');
