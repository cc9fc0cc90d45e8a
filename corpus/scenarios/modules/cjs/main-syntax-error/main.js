/*---
description = "a CommonJS main that does not compile fails before any of it runs: exit 1, SyntaxError on stderr"
node = true
[expect]
exit_code = 1
cause = "startup_error"
stdout = ""
---*/
console.log('never printed');
const x = ;
