/*---
description = "require resolves relative paths with explicit .js, no extension (.js tried), .json and .cjs; .js wins over .json for an extensionless request"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "a true\n{\"n\":1,\"list\":[true,null]}\n{ n: 1, list: [ true, null ] }\ncjs-file\njs\n"
---*/
const a = require('./lib/a.js');
const a2 = require('./lib/a');
console.log(a.name, a === a2);
console.log(JSON.stringify(require('./lib/data.json')));
console.log(require('./lib/data'));
console.log(require('./lib/c.cjs').kind);
console.log(require('./lib/both').from);
