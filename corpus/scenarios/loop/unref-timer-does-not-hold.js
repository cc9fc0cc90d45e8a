/*---
description = "an unref'd timer does not keep the loop alive"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "exit 0\n"
---*/
setTimeout(() => console.log('never'), 200).unref();
process.on('exit', (c) => console.log('exit', c));
