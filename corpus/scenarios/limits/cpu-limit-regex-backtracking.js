/*---
description = "a CPU limit ends a catastrophically backtracking regular expression inside the regex engine"
[expect]
exit_code = 137
cause = "cpu_limit"
stdout = "start\n"
[faults]
cpu_limit_ms = 300
---*/
console.log('start');
const matched = /^(a+)+$/.test('a'.repeat(64) + 'b');
console.log('never', matched);
