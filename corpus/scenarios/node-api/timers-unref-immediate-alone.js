/*---
description = "a lone unref'd setImmediate never fires: the loop is not alive, beforeExit then exit"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "main done\nbeforeExit\nexit 0\n"
---*/
setImmediate(() => console.log('unref immediate fired')).unref();
process.on('beforeExit', () => console.log('beforeExit'));
process.on('exit', (c) => console.log('exit', c));
console.log('main done');
