/*---
description = "util.format and formatWithOptions: options reach every inspected argument, option validation, %s on numbers/objects/own toString, %j, %% and stray %, leftover arguments, stripVTControlCharacters"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "\"n=5 str { a: \\u001b[33m1\\u001b[39m, b: \\u001b[32m'x'\\u001b[39m }\"\n\"{ a: [Object] } [ [Array] ]\"\n\"{\\n  a: [\\n    1\\n  ]\\n}\"\n\"plain\"\nERR_INVALID_ARG_TYPE The \"inspectOptions\" argument must be of type object. Received null\nERR_INVALID_ARG_TYPE The \"inspectOptions\" argument must be of type object. Received undefined\nERR_INVALID_ARG_TYPE The \"inspectOptions\" argument must be of type object. Received type number (1)\nERR_INVALID_ARG_TYPE The \"inspectOptions\" argument must be of type object. Received type string ('x')\nERR_INVALID_ARG_TYPE The \"inspectOptions\" argument must be of type object. Received function \n\"-0|12345678901234567890n|Symbol(s)|null\"\n\"{ a: [Object] }|[ 1, [Array] ]\"\n\"own toString|primitive\"\n\"1970-01-01T00:00:00.000Z|Error: message only\\n    at somewhere (file.js:1:1)|[Object: null prototype] {}\"\n\"class Foo {}\"\n\"{\\\"a\\\":[1,\\\"b\\\"]}|undefined|undefined|[Circular]\"\n\"100% sure, 50%\"\n\"%y a\"\n\"only one %s %s\"\n\"%s x\"\n\"trailing % 1\"\n\"a b 3 { c: 4 } [ 5 ]\"\n\"1 2 { three: 3 }\"\n\"\"\n\"{ a: [ 1, 'x' ] }\"\nERR_INVALID_ARG_TYPE The \"str\" argument must be of type string. Received null\n"
---*/
const util = require('util');
const show = (text) => console.log(JSON.stringify(text));
// formatWithOptions passes its options to every inspected argument; arrays are accepted.
show(util.formatWithOptions({ colors: true }, 'n=%d %s', 5, 'str', { a: 1, b: 'x' }));
show(util.formatWithOptions({ depth: 0 }, { a: { b: 1 } }, [[1]]));
show(util.formatWithOptions({ compact: false, breakLength: Infinity }, '%O', { a: [1] }));
show(util.formatWithOptions([], '%s', 'plain'));
for (const bad of [null, undefined, 1, 'x', () => {}]) {
  try { util.formatWithOptions(bad, 'x'); console.log('accepted'); } catch (e) { console.log(e.code, e.message); }
}
// %s: numbers and bigints as numbers (-0 included), objects inspected at depth 0 unless
// they bring their own toString or Symbol.toPrimitive.
show(util.format('%s|%s|%s|%s', -0, 12345678901234567890n, Symbol('s'), null));
show(util.format('%s|%s', { a: { b: 1 } }, [1, [2, [3]]]));
show(util.format('%s|%s', new (class Named { toString() { return 'own toString'; } })(), { [Symbol.toPrimitive]() { return 'primitive'; } }));
const error = new Error('message only');
error.stack = 'Error: message only\n    at somewhere (file.js:1:1)';
show(util.format('%s|%s|%s', new Date(0), error, Object.create(null)));
show(util.format('%s', class Foo {}));
// %j: JSON; undefined prints as undefined; a circular structure as [Circular].
const circular = { a: 1 };
circular.me = circular;
show(util.format('%j|%j|%j|%j', { a: [1, 'b'] }, undefined, () => {}, circular));
// %% is a percent sign; a % before no directive, or past the arguments, stays.
show(util.format('100%% sure, %d%%', 50));
show(util.format('%y %s', 'a'));
show(util.format('%s %s %s', 'only one'));
show(util.format('%%s', 'x'));
show(util.format('trailing %', 1));
// Arguments left over are appended, strings as they are and the rest inspected.
show(util.format('%s', 'a', 'b', 3, { c: 4 }, [5]));
show(util.format(1, '2', { three: 3 }));
show(util.format());
// util.stripVTControlCharacters removes colour codes, and wants a string.
show(util.stripVTControlCharacters(util.inspect({ a: [1, 'x'] }, { colors: true })));
try { util.stripVTControlCharacters(null); } catch (e) { console.log(e.code, e.message); }
