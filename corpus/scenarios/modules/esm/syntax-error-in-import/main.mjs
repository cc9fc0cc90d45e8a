/*---
description = "a SyntaxError in an imported module fails the whole graph before evaluation: exit 1, not even earlier siblings run"
node = true
[expect]
exit_code = 1
cause = "startup_error"
stdout = ""
---*/
import './good.mjs';
import './bad.mjs';
console.log('never: main');
