// The warm-up the conformance tests snapshot before running the whole corpus in snapshot
// mode. It builds a sizeable object graph in module scope, touches no global and prints
// nothing, so every scenario must end exactly as it does without a snapshot.
const path = require('path');
const table = new Map();
for (let i = 0; i < 2000; i++) {
  table.set(`key-${i}`, { id: i, path: path.join('/data', String(i % 17), `${i}.json`), weights: new Float64Array(4).fill(i) });
}
const frozen = Object.freeze({ size: table.size });
require('v8').startupSnapshot.addDeserializeCallback(() => {
  if (table.size !== frozen.size) throw new Error('the warm-up state did not survive');
});
