/*---
description = "'uncaughtExceptionMonitor' sees the error, but does not stop the instance dying"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "monitor watched uncaughtException\nexit 1\n"
---*/
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', e.message, origin));
process.on('exit', (c) => console.log('exit', c));
throw new Error('watched');
