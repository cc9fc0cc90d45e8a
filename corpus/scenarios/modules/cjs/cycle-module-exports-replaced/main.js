/*---
description = "in a cycle, a module that later replaces module.exports leaves the cyclic requirer with the stale original exports object (reading a missing property of it warns on stderr)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "b during cycle [ 'early' ] undefined\nmain sees a { replaced: true }\nb still holds [ 'early' ] 1\n"
---*/
const a = require('./a.js');
console.log('main sees a', a);
