/*---
description = "timers fire in expiry order, equal delays in insertion order; a cleared timer never fires"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "1\n5 a\n5 b\n20\n"
---*/
setTimeout(() => console.log('20'), 20);
setTimeout(() => console.log('5 a'), 5);
setTimeout(() => console.log('5 b'), 5);
setTimeout(() => console.log('1'), 1);
const cancelled = setTimeout(() => console.log('cancelled'), 3);
clearTimeout(cancelled);
