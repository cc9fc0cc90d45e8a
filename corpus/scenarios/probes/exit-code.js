/*---
description = "canary: process.exitCode written by this instance reads back as its own over 100 turns, and the code it ends with is its own"
node = true
copies = 16
[expect]
exit_code = 0
cause = "drained"
stdout = "exit code: own\n"
---*/
const token = `bh-token-${process.pid}`;
console.error(token);
const mine = 1 + (process.pid % 200);
process.exitCode = mine;
let foreign;
let turns = 0;
(function turn() {
  if (process.exitCode !== mine && foreign === undefined) foreign = process.exitCode;
  if (++turns < 100) return setTimeout(turn, 1);
  console.log(foreign === undefined ? 'exit code: own' : `exit code: FOREIGN ${foreign}`);
  process.exitCode = 0; // ends with 0, whatever its neighbours end with
})();
