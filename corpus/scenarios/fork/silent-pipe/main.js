/*---
description = "fork: silent: true pipes the child's stdout and stderr to the parent as 'data', then 'end', then 'close'"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "parent stdout only\nstdout end\nclose 0\ncaptured stdout \"child line 1\\nchild line 2\\n\"\ncaptured stderr \"child error line\\n\"\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`, { silent: true });
let out = '';
let err = '';
child.stdout.on('data', (d) => { out += d; });
child.stderr.on('data', (d) => { err += d; });
child.stdout.on('end', () => console.log('stdout end'));
child.on('close', (code) => {
  console.log('close', code);
  console.log('captured stdout', JSON.stringify(out));
  console.log('captured stderr', JSON.stringify(err));
});
console.log('parent stdout only');
