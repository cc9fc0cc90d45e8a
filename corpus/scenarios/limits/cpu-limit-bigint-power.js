/*---
description = "a CPU limit ends a huge BigInt computation inside the BigInt builtins"
[expect]
exit_code = 137
cause = "cpu_limit"
stdout = "start\n"
[faults]
cpu_limit_ms = 300
---*/
console.log('start');
let x = 7n;
for (;;) x = x * x + 1n; // squaring doubles the digits: soon every step is a long builtin call
