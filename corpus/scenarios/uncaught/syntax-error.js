/*---
description = "a script that does not compile: status 1 and nothing runs"
node = true
[expect]
exit_code = 1
cause = "startup_error"
stdout = ""
stderr_contains = "SyntaxError"
---*/
console.log('never printed');
let x = ;
