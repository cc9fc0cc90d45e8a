// Warm-up for the probe scenarios that start from a snapshot (scenarios/probes/snapshot-*.js):
// it draws from Math.random and crypto and allocates from the Buffer pool, so the pool and the
// random state are part of the heap every restored instance starts from. Prints nothing.
globalThis.warm = { drawn: Math.random() + crypto.getRandomValues(new Uint8Array(4))[0], text: Buffer.from('warm') };
