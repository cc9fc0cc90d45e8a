/*---
description = "import { missing } from an ES module that lacks it is a link-time SyntaxError: exit 1, no module code runs"
node = true
[expect]
exit_code = 1
cause = "startup_error"
stdout = ""
---*/
console.log('never: main');
import { present, missing } from './x.mjs';
