/*---
description = "fork: 200 messages each way arrive in order"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "parent got 200 in order: true\nchild got 200 in order: true\nexit 0\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`);
const got = [];
child.on('message', (m) => {
  got.push(m);
  if (got.length === 200) {
    const ordered = got.every((v, i) => v === i);
    console.log('parent got 200 in order:', ordered);
    child.disconnect();
  }
});
for (let i = 0; i < 200; i++) child.send(i);
child.on('exit', (code) => console.log('exit', code));
