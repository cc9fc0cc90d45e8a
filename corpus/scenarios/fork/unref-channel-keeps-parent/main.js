/*---
description = "fork: after child.unref() the open IPC channel still keeps the parent alive until the child closes it"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "parent got hi\nparent exits, connected false\n"
---*/
// After child.unref() the child no longer keeps its parent alive, but the open IPC channel
// still does (as Node documents): the parent gets the child's message and exits once the
// child closes the channel.
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`);
child.unref();
child.on('message', (m) => console.log('parent got', m));
process.on('exit', () => console.log('parent exits, connected', child.connected));
