/*---
description = "a CPU limit ends a huge sort inside Array.prototype.sort"
[expect]
exit_code = 137
cause = "cpu_limit"
stdout = "start\n"
[faults]
cpu_limit_ms = 300
---*/
// V8 checks for termination each time the builtin calls the comparator. (A sort with the
// default comparator checks nowhere: it runs to its end first, see the README.)
console.log('start');
const a = Array.from({ length: 2_000_000 }, (_, i) => (i * 2654435761) % 4294967296);
for (;;) a.sort((x, y) => ((x * 7) % 1000) - ((y * 7) % 1000));
