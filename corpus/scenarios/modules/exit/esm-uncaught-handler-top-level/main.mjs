/*---
description = "process.on('uncaughtException') registered at the top of an ES module catches that module's own top-level throw, with origin 'unhandledRejection'; the process then drains with 0"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "before throw\nhandler top-level unhandledRejection\nexit 0 undefined\n"
---*/
process.on('uncaughtException', (err, origin) => console.log('handler', err.message, origin));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('before throw');
throw new Error('top-level');
