/*---
description = "a named import of a CommonJS export the lexer cannot see (module.exports = variable) is a link-time SyntaxError: exit 1, nothing runs"
node = true
[expect]
exit_code = 1
cause = "startup_error"
stdout = ""
---*/
console.log('never: main body');
import './first.mjs';
import { x } from './api.cjs';
console.log(x);
