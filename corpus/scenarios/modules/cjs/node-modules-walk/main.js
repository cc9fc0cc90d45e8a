/*---
description = "a bare require walks up node_modules folders from the requiring file; package.json main inside node_modules is honoured; the nearest node_modules wins"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "node_modules/mypkg/lib/m.js sub/node_modules/shadow node_modules/plain.js\nnode_modules/mypkg/lib/m.js\nnode_modules/shadow\ntrue\n[ 'node_modules' ]\n[ 'sub/deep/node_modules', 'sub/node_modules', 'node_modules' ]\n"
---*/
const path = require('path');
const deep = require('./sub/deep/user.js');
console.log(deep.mypkg, deep.shadow, deep.plain);
console.log(path.relative(__dirname, deep.resolved));
console.log(require('shadow').where);
console.log(require('mypkg') === deep.mypkgModule);
console.log(module.paths.slice(0, 1).map((p) => path.relative(__dirname, p)));
console.log(deep.paths.slice(0, 3).map((p) => path.relative(__dirname, p)));
