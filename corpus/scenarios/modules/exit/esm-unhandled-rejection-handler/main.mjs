/*---
description = "a rejected top-level await is not an 'unhandledRejection' event: Node passes it straight to 'uncaughtException' with origin 'unhandledRejection'; handled, the process drains with 0"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "uncaughtException awaited rejection unhandledRejection\nexit 0 undefined\n"
---*/
process.on('unhandledRejection', (reason) => console.log('unhandledRejection', reason.message));
process.on('uncaughtException', (err, origin) => console.log('uncaughtException', err.message, origin));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
await Promise.reject(new Error('awaited rejection'));
