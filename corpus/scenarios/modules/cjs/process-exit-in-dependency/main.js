/*---
description = "process.exit(4) while a dependency loads ends everything at once: no later code of the dependency or main runs; 'exit' sees 4"
node = true
[expect]
exit_code = 4
cause = "exited"
stdout = "main before\ndep before\nexit 4\n"
---*/
process.on('exit', (code) => console.log('exit', code));
console.log('main before');
require('./dep.js');
console.log('main after (never)');
