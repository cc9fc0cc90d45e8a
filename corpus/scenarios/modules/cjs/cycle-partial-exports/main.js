/*---
description = "a require cycle hands out the partial exports of the module still loading (Node docs a/b example)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "main starting\na starting\nb starting\nin b, a.done = false [ 'done' ]\nb done\nin a, b.done = true\na done\nin main, a.done = true, b.done = true\n"
---*/
console.log('main starting');
const a = require('./a.js');
const b = require('./b.js');
console.log('in main, a.done = %j, b.done = %j', a.done, b.done);
