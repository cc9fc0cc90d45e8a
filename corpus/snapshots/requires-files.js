// Warm-up that requires files: their modules ride in the snapshot, in require.cache, with
// the state they had when it was taken; the warm-up's own main module does not.
const greeting = require('./lib/greeting');
greeting.remember('warm-up');
globalThis.greeting = greeting;
