/*---
description = "fork: a send after the channel closed gives ERR_IPC_CHANNEL_CLOSED to its callback, else as an 'error' event, and returns false"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "exit 2 connected false\nsend returned false\ncallback ERR_IPC_CHANNEL_CLOSED Channel closed\nerror event ERR_IPC_CHANNEL_CLOSED\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`);
child.on('exit', (code) => {
  console.log('exit', code, 'connected', child.connected);
  const r = child.send('late', (err) => console.log('callback', err.code, err.message));
  console.log('send returned', r);
  child.on('error', (err) => console.log('error event', err.code));
  child.send('later');
});
