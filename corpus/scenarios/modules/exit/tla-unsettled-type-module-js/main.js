/*---
description = "a .js main under type module with an unsettled top-level await in a .js dependency exits 13"
node = true
[expect]
exit_code = 13
cause = "drained"
stdout = "exit 0 13\n"
---*/
import './dep.js';
