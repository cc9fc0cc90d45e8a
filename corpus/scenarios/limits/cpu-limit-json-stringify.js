/*---
description = "a CPU limit ends JSON.stringify of a big object graph inside the builtin"
[expect]
exit_code = 137
cause = "cpu_limit"
stdout = "start\n"
[faults]
cpu_limit_ms = 300
heap_limit_mb = 1024
---*/
const node = { a: [1, 2, 3], b: 'text', c: { d: true } };
let graph = node;
for (let i = 0; i < 22; i++) graph = { left: graph, right: graph }; // shared subtrees: 2^22 leaves
console.log('start');
for (;;) JSON.stringify(graph);
