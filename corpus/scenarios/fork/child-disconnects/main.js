/*---
description = "fork: the child's process.disconnect(): 'disconnect' on both sides, then 'exit' and 'close'"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "child connected after disconnect() false\nchild: disconnect\nparent saw disconnect(connected false) exit(0,null) close(0)\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`);
const seen = [];
child.on('disconnect', () => seen.push(`disconnect(connected ${child.connected})`));
child.on('exit', (code, signal) => seen.push(`exit(${code},${signal})`));
child.on('close', (code) => console.log('parent saw', seen.join(' '), `close(${code})`));
