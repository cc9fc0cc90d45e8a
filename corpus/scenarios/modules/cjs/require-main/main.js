/*---
description = "require.main === module in the main module and not in a dependency; require.main is the main module everywhere"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "main: true main.js\ndep saw: false main.js true\n"
---*/
const path = require('path');
console.log('main:', require.main === module, path.basename(require.main.filename));
const dep = require('./dep.js');
console.log('dep saw:', dep.isMain, dep.mainName, dep.sameMain);
