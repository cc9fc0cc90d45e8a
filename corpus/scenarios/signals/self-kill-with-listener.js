/*---
description = "process.kill(process.pid) with a listener: delivered later, on the loop"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "true\nafter kill\ngot SIGTERM\ntimer\n"
---*/
process.on('SIGTERM', (s) => console.log('got', s));
console.log(process.kill(process.pid));
console.log('after kill');
setTimeout(() => console.log('timer'), 50);
