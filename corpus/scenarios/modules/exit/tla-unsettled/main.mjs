/*---
description = "a top-level await that never settles: the loop drains, 'beforeExit' fires with 0, 'exit' listeners get code 0 but read process.exitCode 13, and the process exits 13 with nothing on stderr"
node = true
[expect]
exit_code = 13
cause = "drained"
stdout = "before await\nbeforeExit 0 undefined\nexit 0 13\n"
---*/
process.on('beforeExit', (code) => console.log('beforeExit', code, process.exitCode));
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('before await');
await new Promise(() => {});
console.log('never');
