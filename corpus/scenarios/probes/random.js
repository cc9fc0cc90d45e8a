/*---
description = "distinct: Math.random, crypto.randomUUID and getRandomValues draw a stream of this instance's own"
node = true
distinct = true
copies = 8
[expect]
exit_code = 0
cause = "drained"
stdout_pattern = "^0\\.\\d{12} [0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12} [0-9a-f]{16}\\n$"
---*/
const bytes = crypto.getRandomValues(new Uint8Array(8));
console.log(Math.random().toFixed(12), crypto.randomUUID(), Buffer.from(bytes).toString('hex'));
