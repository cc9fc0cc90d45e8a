/*---
description = "exports.x adds to module.exports; reassigning exports does nothing; properties added to exports after module.exports is reassigned are lost"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "a: exports === module.exports true\n{ x: 1, y: 2 }\n{}\nfunction fn undefined\n"
---*/
const a = require('./a.js');
const b = require('./b.js');
const c = require('./c.js');
console.log(a);
console.log(b);
console.log(typeof c, c(), c.z);
