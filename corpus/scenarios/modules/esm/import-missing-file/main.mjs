/*---
description = "a static import of a missing file is ERR_MODULE_NOT_FOUND before anything runs: exit 1"
node = true
[expect]
exit_code = 1
cause = "startup_error"
stdout = ""
---*/
import './first.mjs';
import './missing.mjs';
console.log('never: main');
