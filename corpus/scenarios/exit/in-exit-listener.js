/*---
description = "process.exit called inside an 'exit' listener: 'exit' is not emitted again and the new code wins"
node = true
[expect]
exit_code = 5
cause = "exited"
stdout = "exit listener 1 3\n"
---*/
let calls = 0;
process.on('exit', (code) => {
  calls++;
  console.log('exit listener', calls, code);
  process.exit(5);
});
process.exit(3);
