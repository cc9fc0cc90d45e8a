globalThis.counterLoads = (globalThis.counterLoads || 0) + 1; exports.loads = globalThis.counterLoads;
