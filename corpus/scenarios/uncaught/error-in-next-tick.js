/*---
description = "a throw inside nextTick is uncaught"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "exit 1\n"
---*/
process.on('exit', (c) => console.log('exit', c));
process.nextTick(() => { throw new TypeError('tick failed'); });
