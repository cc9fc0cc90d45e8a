const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', (v) => console.log('event', v));
e.emit('x', 1);
const assert = require('node:assert');
assert.strictEqual(1, 1);
console.log(require('util').format('%s-%s', 'a', 'b'));
try { require('no-such-module'); } catch (err) { console.log(err.code); }
