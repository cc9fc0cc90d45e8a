/*---
description = "fork: a child's process.exitCode and an unhandled rejection reach the parent's 'exit' as 5 and 1"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "child timer ran\nexit 5 null\nchild exit event 1\nrejecting child exit 1 null\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`);
child.on('exit', (code, signal) => {
  console.log('exit', code, signal);
  const second = fork(`${__dirname}/child.js`, ['reject']);
  second.on('exit', (code2, signal2) => console.log('rejecting child exit', code2, signal2));
});
