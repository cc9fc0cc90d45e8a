/*---
description = "awaiting import() of a module whose top-level await never settles leaves main's own await unsettled: exit 13"
node = true
[expect]
exit_code = 13
cause = "drained"
stdout = "stuck start\nexit 0 13\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
await import('./stuck.mjs');
console.log('never');
