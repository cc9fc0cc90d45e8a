/*---
description = "under an explicit type commonjs package a .js file with import syntax is not detected as ESM: SyntaxError Cannot use import statement outside a module, exit 1"
node = true
[expect]
exit_code = 1
cause = "startup_error"
stdout = ""
---*/
import path from 'node:path';
console.log('never', path.sep);
