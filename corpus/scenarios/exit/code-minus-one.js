/*---
description = "process.exit(-1) is status 255"
node = true
[expect]
exit_code = 255
cause = "exited"
stdout = "exit listener sees -1\n"
---*/
process.on('exit', (c) => console.log('exit listener sees', c));
process.exit(-1);
