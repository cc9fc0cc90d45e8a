/*---
description = "SIGUSR1 without a listener does not end the instance (Node starts its inspector)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "ready\ndone\n"
[faults]
signals = [{ signal = "SIGUSR1", at = "stdout:ready" }]
---*/
console.log('ready');
setTimeout(() => console.log('done'), 3000);
