/*---
description = "an uncaught use of require in an ES module main: exit 1, stderr says require is not defined in ES module scope, you can use import instead"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "before require\n"
---*/
console.log('before require');
const fs = require('fs');
