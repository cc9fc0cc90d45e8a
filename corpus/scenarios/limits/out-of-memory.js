/*---
description = "exhausting a 32 MiB heap ends the instance with 134, as node aborts"
node = true
[expect]
exit_code = 134
cause = "out_of_memory"
stdout = "start\n"
stderr_contains = "heap out of memory"
[faults]
heap_limit_mb = 32
---*/
console.log('start');
const hog = [];
while (true) hog.push(new Array(100000).fill(Math.random()));
