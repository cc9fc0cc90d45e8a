/*---
description = "Node 20.19+: a .js file with no package type that uses import/export syntax is detected and run as an ES module (no warning without a package.json)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "undefined undefined from esm .js main.js\n"
---*/
import path from 'node:path';
import { value } from './lib.js';
console.log(typeof require, this, value, path.basename(import.meta.url));
