/*---
description = "process.exit('abc') throws ERR_INVALID_ARG_TYPE; uncaught, the status is 1"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "exit 1\n"
---*/
process.on('exit', (c) => console.log('exit', c));
process.exit('abc');
