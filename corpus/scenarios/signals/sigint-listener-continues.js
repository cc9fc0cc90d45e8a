/*---
description = "a SIGINT listener lets the instance go on; it ends when its work is done"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "ready\ngot SIGINT, finishing\nfinished\nexit 0\n"
[faults]
signals = [{ signal = "SIGINT", at = "stdout:ready" }]
---*/
const keepAlive = setInterval(() => {}, 1000);
process.on('SIGINT', () => {
  console.log('got SIGINT, finishing');
  clearInterval(keepAlive);
  setTimeout(() => console.log('finished'), 5);
});
process.on('exit', (c) => console.log('exit', c));
console.log('ready');
