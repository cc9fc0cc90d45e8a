/*---
description = "an ES main that does not await an import() whose module never settles has finished its own evaluation: exit 0"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "main done\nstuck start\nexit 0 undefined\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
import('./stuck.mjs').then(() => console.log('never'));
console.log('main done');
