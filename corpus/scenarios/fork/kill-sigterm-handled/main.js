/*---
description = "fork: child.kill() reaches the child's SIGTERM listener, which exits 7: 'exit' (7, null), killed true"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "child says ready\nchild got SIGTERM\nexit 7 null true\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`);
child.on('message', (m) => {
  console.log('child says', m);
  child.kill();
});
child.on('exit', (code, signal) => console.log('exit', code, signal, child.killed));
