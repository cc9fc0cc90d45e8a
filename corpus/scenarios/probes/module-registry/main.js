/*---
description = "canary: a module file this instance requires is evaluated in this instance, once, whatever its copies required; its exports are its own"
node = true
copies = 16
[expect]
exit_code = 0
cause = "drained"
stdout = "module-registry: own\n"
---*/
const token = `bh-token-${process.pid}`;
console.error(token);
const first = require('./stamp.js');
const again = require('./stamp.js');
const { evaluations } = require('./counter.js');
let turns = 0;
(function turn() {
  // Each turn, another copy may have loaded the same files: this instance's modules stay its own.
  delete require.cache[require.resolve('./stamp.js')];
  const fresh = require('./stamp.js');
  const own = first.pid === process.pid && again === first && fresh.pid === process.pid && fresh !== first;
  if (!own) return console.log(`module-registry: FOREIGN ${JSON.stringify(fresh)} after ${turns} turns`);
  if (++turns < 50) return setTimeout(turn, 1);
  console.log(evaluations() === 51 ? 'module-registry: own' : `module-registry: FOREIGN ${evaluations()} evaluations`);
})();
