/*---
description = "require.cache is keyed by absolute filename and holds Module objects; deleting an entry makes the next require load the file again"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "loading counted 1\n1 true\ntrue true true\n[ 'main.js', 'counted.js' ]\ntrue true\nloading counted 2\n2 false true\ntrue false false\n"
---*/
const path = require('path');
const first = require('./counted.js');
console.log(first.n, require('./counted.js') === first);
const key = require.resolve('./counted.js');
console.log(path.isAbsolute(key), key in require.cache, require.cache[key].exports === first);
console.log(Object.keys(require.cache).map((k) => path.relative(__dirname, k)));
console.log(require.cache[key].id === key, require.cache[key].filename === key);
delete require.cache[key];
const second = require('./counted.js');
console.log(second.n, second === first, key in require.cache);
console.log(require.cache === module.constructor._cache, 'events' in require.cache, 'node:events' in require.cache);
