/*---
description = "with top-level await in one dependency, a sibling that does not depend on it evaluates while it is suspended; the importer runs after both"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "slow start\nfast\nslow end\nafter-slow (depends on slow)\nmain\n"
---*/
import './slow.mjs';
import './fast.mjs';
import './after-slow.mjs';
console.log('main');
