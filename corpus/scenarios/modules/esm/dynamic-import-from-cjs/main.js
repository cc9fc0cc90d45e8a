/*---
description = "import() from a CommonJS main loads ES modules and CommonJS (namespace with default = module.exports and detected names); the import resolves after the main body finishes"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "main start\nmain end\ne evaluated\nesm ns [ 'default', 'v' ] E V\ncjs ns [ 'default', 'k' ] true K\nbuiltin function true\n"
---*/
console.log('main start');
import('./e.mjs').then((ns) => {
  console.log('esm ns', Object.keys(ns), ns.default, ns.v);
  return import('./c.cjs');
}).then((ns) => {
  console.log('cjs ns', Object.keys(ns), ns.default === require('./c.cjs'), ns.k);
  return import('node:path');
}).then((ns) => {
  console.log('builtin', typeof ns.join, ns.default === require('path'));
});
console.log('main end');
