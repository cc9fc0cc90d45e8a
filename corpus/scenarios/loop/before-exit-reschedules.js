/*---
description = "'beforeExit' listeners may schedule more work; it is emitted again after it drains"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "beforeExit 0 0\ntimer 1\nbeforeExit 0 1\ntimer 2\nbeforeExit 0 2\nexit 0\n"
---*/
let rounds = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', c, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('timer', rounds), 1);
});
process.on('exit', (c) => console.log('exit', c));
