/*---
description = "fork: a child's process.exit(3) shows the parent 'spawn', 'disconnect', 'exit' (3, null) and 'close' (3, null), in Node's order, with exitCode 3"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "spawn() disconnect() exit(3,) close(3,) 3 null false false\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`);
const seen = [];
for (const e of ['spawn', 'disconnect', 'exit', 'close']) child.on(e, (...a) => seen.push(`${e}(${a.join(',')})`));
child.on('close', () => console.log(seen.join(' '), child.exitCode, child.signalCode, child.killed, child.connected));
