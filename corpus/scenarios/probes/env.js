/*---
description = "canary: this instance's process.env value reads back as its own over 100 loop turns, while copies write theirs"
node = true
copies = 16
[expect]
exit_code = 0
cause = "drained"
stdout = "env: own\n"
---*/
// Probe (corpus/README.md): a token of its own in a per-instance store, read back across loop
// turns while its copies run; the token also goes to stderr for the cross-talk oracle.
const token = `bh-token-${process.pid}`;
console.error(token);
process.env.BULKHEAD_PROBE = token;
let foreign;
let turns = 0;
(function turn() {
  if (process.env.BULKHEAD_PROBE !== token && foreign === undefined) foreign = process.env.BULKHEAD_PROBE;
  if (++turns < 100) return setTimeout(turn, 1);
  console.log(foreign === undefined ? 'env: own' : `env: FOREIGN ${foreign}`);
})();
