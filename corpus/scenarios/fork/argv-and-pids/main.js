/*---
description = "fork: the child's argv holds the module and its args; child.pid is its process.pid and its ppid the parent's pid"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "child argv [\"x\",\"--y\",\"z z\"]\nchild.pid is its process.pid true\nits ppid is our pid true\nspawnargs end with the module and args [true,\"x\",\"--y\",\"z z\"]\nexit 0\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`, ['x', '--y', 'z z']);
child.on('message', (m) => {
  console.log('child argv', JSON.stringify(m.argv));
  console.log('child.pid is its process.pid', m.pid === child.pid);
  console.log('its ppid is our pid', m.ppid === process.pid);
  console.log('spawnargs end with the module and args', JSON.stringify(child.spawnargs.slice(-4).map((a, i) => (i === 0 ? a.endsWith('child.js') : a))));
});
child.on('exit', (code) => console.log('exit', code));
