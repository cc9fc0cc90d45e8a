/*---
description = "require of builtin modules, with and without the node: prefix"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "event 1\na-b\nMODULE_NOT_FOUND\n"
---*/
const EventEmitter = require('events');
const e = new EventEmitter();
e.on('x', (v) => console.log('event', v));
e.emit('x', 1);
const assert = require('node:assert');
assert.strictEqual(1, 1);
console.log(require('util').format('%s-%s', 'a', 'b'));
try { require('no-such-module'); } catch (err) { console.log(err.code); }
