/*---
description = "an uncaught use of __dirname in an ES module main: exit 1, stderr says __dirname is not defined in ES module scope"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "before\n"
---*/
console.log('before');
console.log(__dirname);
