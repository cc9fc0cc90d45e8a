/*---
description = "require of a folder with neither package.json main nor index.* throws MODULE_NOT_FOUND with the request as given"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "MODULE_NOT_FOUND Cannot find module './empty-dir' 1\nMODULE_NOT_FOUND Cannot find module './empty-dir/'\n"
---*/
try {
  require('./empty-dir');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0], e.requireStack.length);
}
try {
  require('./empty-dir/');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
