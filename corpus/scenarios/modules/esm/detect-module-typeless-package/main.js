/*---
description = "a .js file with import syntax under a package.json without type is reparsed as an ES module (MODULE_TYPELESS_PACKAGE_JSON warning on stderr); a CommonJS .js next to it stays CommonJS"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "esm main undefined cjs function\n"
---*/
import cjs from './plain.js';
console.log('esm main', typeof require, cjs.kind);
