/*---
description = "with process._fatalException replaced by undefined, an uncaught error ends with 6"
node = true
[expect]
exit_code = 6
cause = "uncaught"
stdout = ""
---*/
process.on('exit', () => console.log('exit listeners do not run'));
process._fatalException = undefined;
throw new Error('ok');
