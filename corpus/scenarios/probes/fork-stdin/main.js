/*---
description = "canary: what an instance writes to its silent child's stdin reaches that child and no other, while copies do the same"
node = true
copies = 16
[expect]
exit_code = 0
cause = "drained"
stdout = "fork-stdin: own\n"
---*/
// Probe (corpus/README.md): this instance writes its own token to its silent child's stdin;
// the child echoes everything it read, and it must be exactly that token: no other
// instance's input, and all of this one's.
const { fork } = require('child_process');
const token = `bh-token-${process.pid}`;
const child = fork(`${__dirname}/child.js`, { silent: true });
let echoed = '';
child.stdout.setEncoding('utf8');
child.stdout.on('data', (d) => { echoed += d; });
child.stdin.end(`${token}\n`);
child.on('exit', () => {
  console.log(echoed === `${token}\n` ? 'fork-stdin: own' : `fork-stdin: the child read ${JSON.stringify(echoed)}`);
});
