/*---
description = "an uncaught require of a missing module from the main module: exit 1 (uncaught at run time, not a startup error); code before it has run"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "before\nexit 1 1\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('before');
require('./missing-dep');
