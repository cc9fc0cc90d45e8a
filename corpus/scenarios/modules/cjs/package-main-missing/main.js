/*---
description = "a package.json main that names a missing file falls back to index.js (DEP0128 warning on stderr); without index.js require throws MODULE_NOT_FOUND naming the main"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "with-index/index.js\nMODULE_NOT_FOUND Cannot find module '<dir>/without-index/missing.js'. Please verify that the package.json has a valid \"main\" entry\n[ 'code', 'path', 'requestPath' ] without-index/package.json ./without-index\n"
---*/
const path = require('path');
console.log(require('./with-index').where);
try {
  require('./without-index');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0].replaceAll(__dirname, '<dir>'));
  console.log(Object.keys(e), path.relative(__dirname, e.path), e.requestPath);
}
