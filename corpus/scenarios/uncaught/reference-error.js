/*---
description = "calling an undefined function"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "before\n"
stderr_contains = "ReferenceError"
---*/
console.log('before');
notDefinedAnywhere();
