/*---
description = "a module that throws while loading is removed from require.cache, so requiring it again runs the file again"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "running flaky, attempt 1\ncaught fail 1 cached: false\nrunning flaky, attempt 2\ncaught fail 2 cached: false\nrunning flaky, attempt 3\nthird 3 true\n[ 'flaky.js' ]\n"
---*/
const path = require('path');
globalThis.attempts = 0;
for (let i = 0; i < 2; i++) {
  try {
    require('./flaky.js');
  } catch (e) {
    console.log('caught', e.message, 'cached:', require.resolve('./flaky.js') in require.cache);
  }
}
const ok = require('./flaky.js');
console.log('third', ok.attempt, require('./flaky.js') === ok);
console.log(module.children.map((m) => path.basename(m.id)));
