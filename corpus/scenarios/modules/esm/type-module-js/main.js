/*---
description = "under a package.json with type module a .js file is an ES module, while a .cjs file next to it is CommonJS"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "lib/esm.js true undefined\nlib/old.cjs true function\n"
---*/
import { where, isEsm } from './lib/esm.js';
import cjs from './lib/old.cjs';
console.log(where, isEsm, typeof require);
console.log(cjs.where, cjs.thisIsExports, cjs.hasRequire);
