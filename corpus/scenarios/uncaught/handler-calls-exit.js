/*---
description = "an 'uncaughtException' listener that calls process.exit(3)"
node = true
[expect]
exit_code = 3
cause = "exited"
stdout = "handler boom\nexit 3\n"
---*/
process.on('uncaughtException', (e) => { console.log('handler', e.message); process.exit(3); });
process.on('exit', (c) => console.log('exit', c));
throw new Error('boom');
