/*---
description = "canary: a forked child's inherited output reaches its own parent's streams and no one else's, while copies fork theirs"
node = true
copies = 16
[expect]
exit_code = 0
cause = "drained"
stdout = "fork-output: child says hello\nfork-output: child exited 0\n"
---*/
// Probe (corpus/README.md): the child prints a line and its own token through the stdio it
// inherits; the line must reach this instance's stdout, the token no other instance's.
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`);
child.on('exit', (code) => console.log(`fork-output: child exited ${code}`));
