/*---
description = "Node implements the 13 as an internal 'exit' listener (process.exitCode ??= 13) added before the main module loads: process.removeAllListeners('exit') removes it too, so an unsettled top-level await then exits 0"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "exit listeners before 1\nbeforeExit undefined\n"
---*/
console.log('exit listeners before', process.listenerCount('exit'));
process.removeAllListeners('exit');
process.on('beforeExit', () => console.log('beforeExit', process.exitCode));
await new Promise(() => {});
