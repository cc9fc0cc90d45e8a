/*---
description = "a rejection handled before the microtask queue drains is not unhandled"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "caught x\n"
---*/
const p = Promise.reject(new Error('x'));
Promise.resolve().then(() => p.catch((e) => console.log('caught', e.message)));
