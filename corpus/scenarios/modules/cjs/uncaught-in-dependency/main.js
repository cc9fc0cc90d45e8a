/*---
description = "an uncaught throw while a dependency loads ends the process with exit 1; 'exit' listeners see code 1; the rest of main does not run"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "main before\ndep before\nexit 1 1\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('main before');
require('./dep.js');
console.log('main after (never)');
