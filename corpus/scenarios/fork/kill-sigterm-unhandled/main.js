/*---
description = "fork: child.kill('SIGTERM') with no handler in the child ends it: 'exit' (null, 'SIGTERM'), killed true, signalCode set"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "child says ready\nkill returns true true\nexit null SIGTERM SIGTERM null true\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`);
child.on('message', (m) => {
  console.log('child says', m);
  console.log('kill returns', child.kill('SIGTERM'), child.killed);
});
child.on('exit', (code, signal) => console.log('exit', code, signal, child.signalCode, child.exitCode, child.killed));
