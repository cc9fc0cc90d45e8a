/*---
description = "module.id is '.' for the main module and the filename elsewhere; module.parent is the first loader only, while module.children also lists an already-cached module a later loader requires"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "main id . parent null filename main.js\na id is filename true parent is main true\nmain children [ 'a.js', 'b.js' ]\na children [ 'c.js' ]\nb parent main.js b children [ 'c.js' ]\nc parent a.js true\npath true true\n"
---*/
const path = require('path');
const rel = (f) => path.relative(__dirname, f);
console.log('main id', module.id, 'parent', module.parent, 'filename', rel(module.filename));
require('./a.js');
require('./b.js');
console.log('main children', module.children.map((m) => rel(m.id)));
const a = require.cache[require.resolve('./a.js')];
console.log('a children', a.children.map((m) => rel(m.filename)));
const b = require.cache[require.resolve('./b.js')];
console.log('b parent', rel(b.parent.filename), 'b children', b.children.map((m) => rel(m.filename)));
const c = require.cache[require.resolve('./c.js')];
console.log('c parent', rel(c.parent.filename), c.parent === a);
console.log('path', rel(c.path) === '', module.path === __dirname);
