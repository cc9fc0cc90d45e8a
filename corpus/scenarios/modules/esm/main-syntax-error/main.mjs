/*---
description = "an ES module main that does not parse fails before anything runs: exit 1, SyntaxError on stderr"
node = true
[expect]
exit_code = 1
cause = "startup_error"
stdout = ""
---*/
console.log('never');
export const = 1;
