/*---
description = "throwing a string: status 1, 'exit' sees 1"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "exit 1\n"
---*/
process.on('exit', (c) => console.log('exit', c));
throw 'just a string';
