/*---
description = "module.loaded is false while a module's body runs and true once require returns (and for main, after its body)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "main during load false\ndep seen inside false\ndep after true\nmain after true\n"
---*/
console.log('main during load', module.loaded);
const dep = require('./dep.js');
console.log('dep seen inside', dep.loadedInside);
console.log('dep after', require.cache[require.resolve('./dep.js')].loaded);
setImmediate(() => console.log('main after', module.loaded));
