/*---
description = "fork: children fork children three deep; messages relay up the tree and each level sees its child's exit code"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "root got {\"depth\":1,\"below\":{\"depth\":2,\"below\":{\"depth\":3,\"leaf\":true}}}\ndepth 2: child exit 3\ndepth 1: child exit 2\nchild exit 1\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`, ['1']);
child.on('message', (m) => {
  console.log('root got', JSON.stringify(m));
  child.send('done');
});
child.on('exit', (code) => console.log('child exit', code));
