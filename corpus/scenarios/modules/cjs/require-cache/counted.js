globalThis.loads = (globalThis.loads || 0) + 1; exports.n = globalThis.loads; console.log('loading counted', exports.n);
