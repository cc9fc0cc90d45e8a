/*---
description = "under a package.json with type commonjs an .mjs file is still an ES module and a .js file is CommonJS"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "function undefined\n"
---*/
import js from './plain.js';
import { x } from './other.mjs';
console.log(js.kind, x);
