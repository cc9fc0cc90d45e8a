/*---
description = "builtins load with and without the node: prefix and are the same object; an unknown node: name is ERR_UNKNOWN_BUILTIN_MODULE; a builtin name wins over node_modules"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "true function true function\ntrue true\nERR_UNKNOWN_BUILTIN_MODULE No such built-in module: node:nope\ntrue\ntrue false false\n"
---*/
const e1 = require('events');
const e2 = require('node:events');
console.log(e1 === e2, typeof e1.EventEmitter, e1 === e1.EventEmitter, typeof e1.once);
console.log(require('path') === require('node:path'), require('node:process') === process);
try { require('node:nope'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
console.log(require('events').where === undefined);
const { builtinModules } = require('module');
console.log(builtinModules.includes('events'), builtinModules.includes('node:test'), builtinModules.includes('test'));
