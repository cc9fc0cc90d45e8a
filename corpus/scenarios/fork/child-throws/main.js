/*---
description = "fork: a child that throws exits 1 (its report on its own stderr, piped to the parent), and the parent lives on"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "exit 1 null\nstderr names the error: true\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`, { silent: true });
let err = '';
child.stderr.setEncoding('utf8');
child.stderr.on('data', (d) => { err += d; });
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', () => console.log('stderr names the error:', err.includes('Error: child failed')));
