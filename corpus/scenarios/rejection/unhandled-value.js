/*---
description = "an unhandled rejection with a plain value is wrapped and fatal"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "exit 1\n"
stderr_contains = "ERR_UNHANDLED_REJECTION"
---*/
process.on('exit', (c) => console.log('exit', c));
Promise.reject(42);
