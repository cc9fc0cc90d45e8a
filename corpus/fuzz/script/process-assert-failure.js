const assert = require('assert');
process.on('exit', (c) => console.log('exit', c));
assert.strictEqual(1, 2);
