/*---
description = "an .mjs main is an ES module: this is undefined, strict mode, and require/module/exports/__filename/__dirname are not defined"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "undefined undefined undefined undefined undefined undefined\nReferenceError undeclared is not defined\nundefined\nfalse\n"
---*/
console.log(this, typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
try { undeclared = 1; } catch (e) { console.log(e.name, e.message); }
console.log((function () { return this; })());
var topVar = 1;
console.log('topVar' in globalThis);
