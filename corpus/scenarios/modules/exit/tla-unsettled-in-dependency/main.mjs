/*---
description = "an unsettled top-level await in an imported module: its importer never runs, siblings that do not depend on it do, and the process exits 13"
node = true
[expect]
exit_code = 13
cause = "drained"
stdout = "stuck start\nsibling runs\nexit 0 13\n"
---*/
import './stuck.mjs';
import './sibling.mjs';
console.log('never: main');
