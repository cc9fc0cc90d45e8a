/*---
description = "a 'beforeExit' listener that schedules nothing does not stop the 13: it fires once with code 0"
node = true
[expect]
exit_code = 13
cause = "drained"
stdout = "beforeExit 0 undefined\n"
---*/
process.on('beforeExit', (code) => console.log('beforeExit', code, process.exitCode));
await new Promise(() => {});
