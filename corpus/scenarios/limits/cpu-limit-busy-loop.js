/*---
description = "a CPU limit ends a busy loop with 137; the line before the loop is always printed, however busy the machine"
[expect]
exit_code = 137
cause = "cpu_limit"
stdout = "spinning\n"
[faults]
cpu_limit_ms = 200
---*/
process.on('exit', () => console.log('no exit listener past a limit'));
console.log('spinning');
while (true) {}
