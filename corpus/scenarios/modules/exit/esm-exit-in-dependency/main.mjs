/*---
description = "process.exit(4) at the top level of an imported module: modules evaluated earlier in post-order have run, the rest of that module, later siblings and main do not"
node = true
[expect]
exit_code = 4
cause = "exited"
stdout = "a\nb-dep\nb before exit\nexit 4 4\n"
---*/
import './a.mjs';
import './b.mjs';
import './c.mjs';
console.log('never: main');
