/*---
description = "distinct: every instance has a pid of its own"
distinct = true
copies = 8
[expect]
exit_code = 0
cause = "drained"
stdout_pattern = "^pid \\d+\\n$"
---*/
// Not compared with node: node's pid is whatever the OS gives it.
console.log(`pid ${process.pid}`);
