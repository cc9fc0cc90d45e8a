/*---
description = "__filename and __dirname in the main module and in a dependency in a subfolder; the wrapper passes 5 arguments"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "main.js true true\ntrue true\nd.js lib\n5 true true true true\n"
---*/
const path = require('path');
console.log(path.basename(__filename), path.isAbsolute(__dirname), path.isAbsolute(__filename));
console.log(__dirname === path.dirname(__filename), __filename === module.filename);
const d = require('./lib/d.js');
console.log(d.file, path.relative(__dirname, d.dir));
console.log(arguments.length, arguments[0] === exports, arguments[1] === require, arguments[2] === module, arguments[3] === __filename);
