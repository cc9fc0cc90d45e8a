/*---
description = "distinct: instances restored from one snapshot whose warm-up drew random numbers each draw their own"
distinct = true
copies = 8
[expect]
exit_code = 0
cause = "drained"
stdout_pattern = "^0\\.\\d{12} [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\\n$"
[faults]
snapshot = "../../snapshots/probes.js"
---*/
console.log(Math.random().toFixed(12), crypto.randomUUID());
