/*---
description = "canary: an ES module this instance imports is evaluated in this instance, whatever its copies imported; its bindings are its own, and import() of a fresh URL evaluates again here"
node = true
copies = 16
[expect]
exit_code = 0
cause = "drained"
stdout = "module-registry-esm: own\n"
---*/
import { pid, evaluations } from './stamp.mjs';
console.error(`bh-token-${process.pid}`);
let turns = 0;
let foreign;
async function turn() {
  // A new query is a new module instance: evaluated here, stamped with this instance's pid.
  const fresh = await import(`./stamp.mjs?turn=${turns}`);
  if (fresh.pid !== process.pid && foreign === undefined) foreign = fresh.pid;
  if (++turns < 30) return setTimeout(turn, 1);
  const own = pid === process.pid && evaluations() === 1 && foreign === undefined;
  console.log(own ? 'module-registry-esm: own' : `module-registry-esm: FOREIGN ${pid} ${foreign}`);
}
turn();
