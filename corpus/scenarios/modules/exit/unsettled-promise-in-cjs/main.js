/*---
description = "a never-settling promise that nothing awaits at top level is just garbage: a CommonJS main exits 0"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "main done\nexit 0 undefined\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
(async () => { await new Promise(() => {}); console.log('never'); })();
console.log('main done');
