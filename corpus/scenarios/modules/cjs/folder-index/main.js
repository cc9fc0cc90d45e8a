/*---
description = "require('./dir') loads dir/index.js; a file dir.js wins over a folder of the same name; index.json is used when there is no index.js"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "dir/index.js\ndir/index.js\nboth.js\njsonidx/index.json\ndir/index.js\nboth.js\n"
---*/
const path = require('path');
console.log(require('./dir').where);
console.log(require('./dir/').where);
console.log(require('./both').where);
console.log(require('./jsonidx').where);
console.log(path.relative(__dirname, require.resolve('./dir')));
console.log(path.relative(__dirname, require.resolve('./both')));
