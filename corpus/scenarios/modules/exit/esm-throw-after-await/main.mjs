/*---
description = "a throw after a top-level await: exit 1, uncaught"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "resumed\nexit 1 1\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
await new Promise((resolve) => setTimeout(resolve, 1));
console.log('resumed');
throw new Error('after await');
