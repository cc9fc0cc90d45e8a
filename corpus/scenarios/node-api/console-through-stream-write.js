/*---
description = "console (log, info, debug, error, warn, trace, dir, assert, count, table, group indents), util.log and the default warning printer write through process.stdout.write / process.stderr.write, one call per line with a callback; errors a replaced write throws or emits are swallowed; console._stdout/_stderr; process.stdout is a getter without setter"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "[\n  [ 'a 1\\n', 'function', true ],\n  [ '{ x: 1 }\\n', 'function', true ],\n  [ 'dbg\\n', 'function', true ],\n  [ 'G\\n', 'function', true ],\n  [ '  in\\n  group\\n', 'function', true ],\n  [ '{ y: [Array] }\\n', 'function', true ],\n  [ 'default: 1\\n', 'function', true ],\n  [\n    '┌─────────┬───┐\\n' +\n      '│ (index) │ a │\\n' +\n      '├─────────┼───┤\\n' +\n      '│ 0       │ 1 │\\n' +\n      '└─────────┴───┘\\n',\n    'function',\n    true\n  ],\n  [ 'TS - ulog\\n', 'function', true ]\n]\n[\n  'e1\\n',\n  'w1\\n',\n  '  Trace: tr\\n      at Object.<anonymous> (..)',\n  'Assertion failed: bad x\\n'\n]\nfalse true true\n{\n  get: [Function: getStdout],\n  set: undefined,\n  enumerable: true,\n  configurable: true\n}\n  TypeError Cannot set property stdout of #<process> which has only a getter\n  function\ncaptured warning: \"  (node:PID) [C1] Warning: hello\\n  det\\n  (Use `node --trace-warnings ...` to show where the warning was created)\\n\"\ncaptured warning: \"  (node:PID) Warning: in a group\\n\"\n"
---*/
const out = [];
const err = [];
const ow = process.stdout.write;
const ew = process.stderr.write;
process.stdout.write = function(chunk, cb) { out.push([chunk, typeof cb, this === process.stdout]); return true; };
process.stderr.write = function(chunk) { err.push(chunk); return true; };
console.log('a %d', 1);
console.info({ x: 1 });
console.debug('dbg');
console.error('e1');
console.warn('w1');
console.group('G');
console.log('in\ngroup');
console.trace('tr');
console.groupEnd();
console.dir({ y: [1] }, { depth: 0 });
console.assert(false, 'bad %s', 'x');
console.count();
console.table([{ a: 1 }]);
require('util').log('ulog');
process.stdout.write = function() { throw new Error('boom'); };
console.log('swallowed');
process.stdout.write = function() { this.emit('error', new Error('emitted')); };
console.log('error emitted');
process.stdout.write = ow;
process.stderr.write = ew;
console.log(out.map(([c, t, s]) => [c.replace(/\d+ \w+ \d\d:\d\d:\d\d/, 'TS'), t, s]));
console.log(err.map((e) => e.split('\n').slice(0, 2).join('\n').replace(/\(.*\)/, '(..)')));
console.log(Object.getOwnPropertyDescriptor(console, '_stdout').enumerable, console._stdout === process.stdout, console._stderr === process.stderr);
console.log(Object.getOwnPropertyDescriptor(process, 'stdout'));
process.stderr.write = (c) => { ow.call(process.stdout, `captured warning: ${JSON.stringify(c.replace(/\(node:\d+\)/, '(node:PID)'))}\n`); return true; };
process.emitWarning('hello', { code: 'C1', detail: 'det' });
console.group();
process.emitWarning('in a group');
setTimeout(() => { process.stderr.write = ew; }, 1);
(function () { 'use strict'; try { process.stdout = 1; } catch (e) { console.log(e.constructor.name, e.message); } })();
process.stdout = 2;
console.log(typeof process.stdout.write);
