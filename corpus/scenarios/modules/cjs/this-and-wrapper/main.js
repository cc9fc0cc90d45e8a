/*---
description = "at CommonJS top level this === module.exports === exports; the scope is sloppy; top-level var does not leak to globalThis; return is allowed"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "true true\nfalse undefined undefined\ntrue\n{ before: true }\n"
---*/
console.log(this === module.exports, this === exports);
var topVar = 1;
console.log('topVar' in globalThis, typeof globalThis.module, typeof globalThis.require);
console.log((function () { return this === globalThis; })());
const dep = require('./dep.js');
console.log(dep);
