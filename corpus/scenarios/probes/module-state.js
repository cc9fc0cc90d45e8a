/*---
description = "canary: state put on builtin modules (os, path, events, util) reads back as its own over 100 loop turns, and the modules keep working"
node = true
copies = 16
[expect]
exit_code = 0
cause = "drained"
stdout = "module state: own\n"
---*/
const token = `bh-token-${process.pid}`;
console.error(token);
const names = ['os', 'path', 'events', 'util'];
for (const name of names) require(name).bulkheadProbe = token;
let foreign;
let turns = 0;
(function turn() {
  for (const name of names) {
    const seen = require(name).bulkheadProbe;
    if (seen !== token && foreign === undefined) foreign = `${name} ${seen}`;
  }
  // Use the native modules' own functions each turn, from their per-isolate statics.
  if (require('os').platform() !== process.platform || require('path').join('a', 'b') !== 'a/b') foreign ??= 'broken module';
  if (++turns < 100) return setTimeout(turn, 1);
  console.log(foreign === undefined ? 'module state: own' : `module state: FOREIGN ${foreign}`);
})();
