/*---
description = "MODULE_NOT_FOUND from require: first message line, code, requireStack (innermost first) and the Require stack lines in the message"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "Cannot find module './missing'\nMODULE_NOT_FOUND 1 [ 'main.js' ]\n[ 'Require stack:', '- <dir>/main.js' ]\nError true [ 'code', 'requireStack' ]\nCannot find module '../nowhere.js'\nMODULE_NOT_FOUND 2 [ 'sub/loader.js', 'main.js' ]\n[ 'Require stack:', '- <dir>/sub/loader.js', '- <dir>/main.js' ]\nError true [ 'code', 'requireStack' ]\nCannot find module 'missing-pkg/deep/file.js'\n"
---*/
const path = require('path');
const show = (e) => {
  const lines = e.message.split('\n');
  console.log(lines[0]);
  console.log(e.code, e.requireStack.length, e.requireStack.map((f) => path.relative(__dirname, f)));
  console.log(lines.slice(1).map((l) => l.replace(__dirname, '<dir>')));
  console.log(e.name, e instanceof Error, Object.keys(e));
};
try { require('./missing'); } catch (e) { show(e); }
try { require('./sub/loader.js'); } catch (e) { show(e); }
try { require('missing-pkg/deep/file.js'); } catch (e) { console.log(e.message.split('\n')[0]); }
