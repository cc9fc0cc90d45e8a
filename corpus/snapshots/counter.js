// Warm-up for the snapshot/ scenarios: a counter in a closure, a Map and a typed array, and a
// deserialize main that reports them. Each restored instance must see exactly this state.
let count = 41;
const registry = new Map([['alpha', 1], ['beta', 2]]);
const bytes = Uint8Array.from([7, 8, 9]);
globalThis.counter = { next: () => ++count, registry, bytes };
require('v8').startupSnapshot.setDeserializeMainFunction(() => {
  console.log('restored', count, registry.size, bytes.join(','));
});
