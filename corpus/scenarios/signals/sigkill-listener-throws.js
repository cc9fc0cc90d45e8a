/*---
description = "a SIGKILL listener cannot be installed (uv_signal_start EINVAL)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "uv_signal_start EINVAL EINVAL -22 uv_signal_start\n0\n"
---*/
try {
  process.on('SIGKILL', () => {});
} catch (e) {
  console.log(e.message, e.code, e.errno, e.syscall);
}
console.log(process.listenerCount('SIGKILL'));
