/*---
description = "canary: this instance's umask reads back as its own over 100 loop turns, while copies set theirs"
node = true
copies = 16
[expect]
exit_code = 0
cause = "drained"
stdout = "umask: own\n"
---*/
const token = `bh-token-${process.pid}`;
console.error(token);
const mine = 0o700 | (process.pid % 0o100); // a mask of this instance's own
process.umask(mine);
let foreign;
let turns = 0;
(function turn() {
  const seen = process.umask(mine); // sets it again and returns what was there
  if (seen !== mine && foreign === undefined) foreign = seen;
  if (++turns < 100) return setTimeout(turn, 1);
  console.log(foreign === undefined ? 'umask: own' : `umask: FOREIGN 0o${foreign.toString(8)}`);
})();
