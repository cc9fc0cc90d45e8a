/*---
description = "process.exit inside 'beforeExit': 'exit' runs once with that code"
node = true
[expect]
exit_code = 8
cause = "exited"
stdout = "beforeExit 0\nexit 8\n"
---*/
process.on('beforeExit', (c) => { console.log('beforeExit', c); process.exit(8); });
process.on('exit', (c) => console.log('exit', c));
