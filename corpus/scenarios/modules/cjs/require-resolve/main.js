/*---
description = "require.resolve returns absolute filenames for files, the bare name for builtins, and throws MODULE_NOT_FOUND for a missing module"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "lib/x.js\nlib/index.js\nevents node:events path\nMODULE_NOT_FOUND Cannot find module './nope' 1\nMODULE_NOT_FOUND Cannot find module 'no-such-package'\nfunction null\nundefined\n"
---*/
const path = require('path');
console.log(path.relative(__dirname, require.resolve('./lib/x')));
console.log(path.relative(__dirname, require.resolve('./lib')));
console.log(require.resolve('events'), require.resolve('node:events'), require.resolve('path'));
try {
  require.resolve('./nope');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0], e.requireStack.length);
}
try {
  require.resolve('no-such-package');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
console.log(typeof require.resolve.paths, require.resolve.paths('events'));
console.log(require.cache[require.resolve('./lib/x')]);
