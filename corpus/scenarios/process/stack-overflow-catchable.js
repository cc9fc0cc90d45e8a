/*---
description = "a stack overflow is a RangeError the script can catch"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "true Maximum call stack size exceeded\n"
---*/
function recurse() { return recurse() + 1; }
try { recurse(); } catch (e) { console.log(e instanceof RangeError, e.message); }
