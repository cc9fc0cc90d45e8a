/*---
description = "fork: the parent's child.disconnect(): connected false at once, 'disconnect' on the next tick on both sides, and no 'close' (nodejs/node#19433)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "message(ready)\nconnected right after disconnect() false\ndisconnect\nnext tick\nexit(4,null)\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`);
const seen = [];
child.on('message', (m) => {
  seen.push(`message(${m})`);
  child.disconnect();
  seen.push(`connected right after disconnect() ${child.connected}`);
  process.nextTick(() => seen.push('next tick'));
});
child.on('disconnect', () => seen.push('disconnect'));
child.on('close', () => seen.push('close (Node never emits it here)'));
child.on('exit', (code, signal) => {
  seen.push(`exit(${code},${signal})`);
  setImmediate(() => console.log(seen.join('\n')));
});
