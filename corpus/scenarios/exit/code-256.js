/*---
description = "process.exit(256) is status 0, as the OS keeps the low 8 bits"
node = true
[expect]
exit_code = 0
cause = "exited"
stdout = "exit listener sees 256\n"
---*/
process.on('exit', (c) => console.log('exit listener sees', c));
process.exit(256);
