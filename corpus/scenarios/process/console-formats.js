/*---
description = "console.log formats values as util.inspect does"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "Bob is 42 years\n{ a: 1, b: 'two', c: [ 1, 2, 3 ], d: { e: null } }\n[ undefined, null, true, 1.5, -0, 10n ]\nMap(1) { 'k' => 1 } Set(2) { 1, 2 }\n'x'% extra\n"
---*/
console.log('%s is %d years', 'Bob', 42);
console.log({ a: 1, b: 'two', c: [1, 2, 3], d: { e: null } });
console.log([undefined, null, true, 1.5, -0, 10n]);
console.log(new Map([['k', 1]]), new Set([1, 2]));
console.log('%o%%', 'x', 'extra');
console.error('to stderr');
