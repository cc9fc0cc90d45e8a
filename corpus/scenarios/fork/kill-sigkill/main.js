/*---
description = "fork: child.kill('SIGKILL') ends the child whatever its listeners: 'exit' and 'close' (null, 'SIGKILL')"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "exit null SIGKILL true\nclose null SIGKILL\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`);
child.on('message', () => child.kill('SIGKILL'));
child.on('exit', (code, signal) => console.log('exit', code, signal, child.killed));
child.on('close', (code, signal) => console.log('close', code, signal));
