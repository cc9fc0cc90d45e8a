/*---
description = "fork: a second disconnect() is ERR_IPC_DISCONNECTED, as an 'error' event"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "error ERR_IPC_DISCONNECTED IPC channel is already disconnected\nexit 0\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`);
child.on('error', (e) => console.log('error', e.code, e.message));
child.disconnect();
child.disconnect();
child.on('exit', (code) => console.log('exit', code));
