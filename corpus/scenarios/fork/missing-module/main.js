/*---
description = "fork: a module that is not there: the child starts, fails with MODULE_NOT_FOUND and exits 1"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "exit 1 null\nMODULE_NOT_FOUND reported: true true\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/nope.js`, { silent: true });
let err = '';
child.stderr.on('data', (d) => { err += d; });
child.on('exit', (code, signal) => console.log('exit', code, signal));
child.on('close', () => console.log('MODULE_NOT_FOUND reported:', err.includes("code: 'MODULE_NOT_FOUND'"), err.includes('Cannot find module')));
