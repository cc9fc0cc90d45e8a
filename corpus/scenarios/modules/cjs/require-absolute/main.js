/*---
description = "require of an absolute path (with and without extension) returns the same cached module as the relative request"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "true true 1\ntrue\n"
---*/
const path = require('path');
const rel = require('./lib/counter.js');
const abs = require(path.join(__dirname, 'lib', 'counter.js'));
const absNoExt = require(__dirname + '/lib/counter');
console.log(rel === abs, abs === absNoExt, rel.loads);
console.log(path.isAbsolute(require.resolve('./lib/counter')));
