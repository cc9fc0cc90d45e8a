/*---
description = "builtins import by node: prefix and bare name: node:process default is process, named exports of events/path/timers/promises, default === CommonJS object"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "true true\ntrue function\na/b y.js true true true\nonce [ 42 ]\nslept value\n"
---*/
import proc from 'node:process';
import { argv } from 'process';
import events, { once, EventEmitter } from 'events';
import path, { join, basename } from 'path';
import * as pathNs from 'node:path';
import { setTimeout as sleep } from 'timers/promises';
console.log(proc === process, argv === process.argv);
console.log(events === EventEmitter, typeof once);
console.log(join('a', 'b'), basename('/x/y.js'), path.join === join, pathNs.default === path, pathNs.join === join);
const ee = new EventEmitter();
setTimeout(() => ee.emit('ping', 42), 1);
console.log('once', await once(ee, 'ping'));
console.log('slept', await sleep(1, 'value'));
