/*---
description = "an ES module import without the file extension does not resolve (no extension search): ERR_MODULE_NOT_FOUND at startup, exit 1, no module code runs"
node = true
[expect]
exit_code = 1
cause = "startup_error"
stdout = ""
---*/
console.log('never');
import { a } from './a';
