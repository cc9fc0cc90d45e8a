/*---
description = "process.exit inside try/finally: the finally block never runs"
node = true
[expect]
exit_code = 5
cause = "exited"
stdout = "try\n"
---*/
try {
  console.log('try');
  process.exit(5);
} finally {
  console.log('finally must not run');
}
