/*---
description = "a synchronous throw at an ES module's top level: exit 1; 'exit' listeners registered before it see 1 and exitCode 1"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "before throw\nexit 1 1\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('before throw');
throw new Error('top-level boom');
