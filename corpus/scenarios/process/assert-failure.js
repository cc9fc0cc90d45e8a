/*---
description = "a failed assert is an uncaught AssertionError"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "exit 1\n"
stderr_contains = "AssertionError"
---*/
const assert = require('assert');
process.on('exit', (c) => console.log('exit', c));
assert.strictEqual(1, 2);
