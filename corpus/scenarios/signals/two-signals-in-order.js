/*---
description = "two signals delivered one after the other reach their listeners in order"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "ready\nusr2\nsecond\nhup\n"
[faults]
signals = [{ signal = "SIGUSR2", at = "stdout:ready" }, { signal = "SIGHUP", at = "stdout:second" }]
---*/
const keepAlive = setInterval(() => {}, 1000);
process.on('SIGUSR2', () => { console.log('usr2'); console.log('second'); });
process.on('SIGHUP', () => { console.log('hup'); clearInterval(keepAlive); });
console.log('ready');
