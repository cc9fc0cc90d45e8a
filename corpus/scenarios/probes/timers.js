/*---
description = "canary: over 50 loop turns this instance's timers fire in it, in order, numbered by its own sequence (1, 2, 3 …)"
copies = 16
[expect]
exit_code = 0
cause = "drained"
stdout = "timers: 50 fired in order, ids 1 to 50\n"
---*/
// Not compared with node: a Timeout's number there is an async id shared with other resources.
const token = `bh-token-${process.pid}`;
console.error(token);
const ids = [];
let fired = 0;
// One timer a turn; each arms the next when it fires, until 50 have.
function arm() {
  const n = ids.length;
  ids.push(+setTimeout(() => { if (fired++ === n) (ids.length < 50 ? arm() : done()); }, 1));
}
function done() {
  const own = ids.every((id, i) => id === i + 1);
  console.log(own ? `timers: ${fired} fired in order, ids 1 to 50` : `timers: FOREIGN ids ${ids.join(',')}`);
}
arm();
