/*---
description = "canary: instances restored from one snapshot each own the Buffer pool they restored, over 100 turns"
copies = 16
[expect]
exit_code = 0
cause = "drained"
stdout = "pool: own\n"
[faults]
snapshot = "../../snapshots/probes.js"
---*/
// Every copy restores the same pool at the same offset, so each one's allocation sits at the
// same place: were the pool shared, the copies would overwrite each other's bytes.
const token = `bh-token-${process.pid}`;
console.error(token);
const mine = Buffer.allocUnsafe(32).fill(0);
mine.write(token);
let foreign;
let turns = 0;
(function turn() {
  const seen = mine.toString('latin1').replace(/\0+$/, '');
  if (seen !== token && foreign === undefined) foreign = seen;
  if (++turns < 100) return setTimeout(turn, 1);
  console.log(foreign === undefined ? 'pool: own' : `pool: FOREIGN ${foreign}`);
})();
