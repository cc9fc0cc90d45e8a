/*---
description = "distinct: Math.random alone (no crypto, which reads the OS) draws a stream of this instance's own, also in processes forked from one zygote"
node = true
distinct = true
copies = 4
[expect]
exit_code = 0
cause = "drained"
stdout_pattern = "^(0\\.\\d{12} ){3}0\\.\\d{12}\\n$"
---*/
const draws = [];
for (let i = 0; i < 4; i++) draws.push(Math.random().toFixed(12));
console.log(draws.join(' '));
