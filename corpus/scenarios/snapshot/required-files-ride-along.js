/*---
description = "a snapshot's warm-up may require files: a restored instance finds them in require.cache with their state, and requiring them again does not run them again; the warm-up's main module is not this one's"
node = false
[expect]
exit_code = 0
cause = "drained"
stdout = "true warm-up,restored\ngreeting.js,required-files-ride-along.js true\n"
[faults]
snapshot = "../../snapshots/requires-files.js"
---*/
const path = require('path');
const again = require('../../snapshots/lib/greeting.js');
again.remember('restored');
console.log(again === globalThis.greeting, again.seen());
console.log(Object.keys(require.cache).map((f) => path.basename(f)).join(), require.main === module);
