/*---
description = "a CommonJS main that import()s a module with a never-settling top-level await exits 0: the 13 rule is only for an ES module entry point"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "main done\nstuck start\nexit 0 undefined\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
import('./stuck.mjs').then(() => console.log('never'));
console.log('main done');
