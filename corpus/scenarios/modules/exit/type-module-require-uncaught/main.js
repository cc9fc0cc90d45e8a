/*---
description = "require in a .js main under type module: exit 1; the stderr message adds the 'This file is being treated as an ES module' line naming package.json"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "before\n"
---*/
console.log('before');
require('fs');
