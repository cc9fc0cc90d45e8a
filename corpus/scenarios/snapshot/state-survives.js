/*---
description = "state built by the warm-up (closure, Map, typed array) is there, and mutable, after restore"
node = false
[expect]
exit_code = 0
cause = "drained"
stdout = "restored 41 2 7,8,9\n42 43\n3 9\n"
[faults]
snapshot = "../../snapshots/counter.js"
---*/
console.log(counter.next(), counter.next());
counter.registry.set('gamma', 3);
console.log(counter.registry.size, counter.bytes[2]);
