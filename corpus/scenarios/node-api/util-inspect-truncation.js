/*---
description = "util.inspect maxArrayLength and maxStringLength: the '... N more items/characters/bytes' messages for arrays, holes, typed arrays, Sets, Maps, iterators, ArrayBuffers and strings"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "  96, 97, 98, 99,\n  ... 1 more item\n]\n0 [ ... 3 more items ]\n1 [ 1, ... 2 more items ]\n2 [ 1, 2, ... 1 more item ]\n-1 [ ... 3 more items ]\nnull [ 1, 2, 3 ]\nInfinity [ 1, 2, 3 ]\n[ 1, <1 empty item>, ... 3 more items ] [ <7 empty items> ]\nUint8Array(5) [ 0, 0, ... 3 more items ] Float64Array(2) [ 1.5, ... 1 more item ]\nSet(3) { 1, ... 2 more items } Map(2) { 1 => 'a', ... 1 more item }\n[Map Entries] { [ 1, 'a' ], ... 2 more items } [Set Iterator] { 1, 2, ... 1 more item }\nArrayBuffer {\n  [Uint8Contents]: <01 02 ... 3 more bytes>,\n  byteLength: 5\n} ArrayBuffer { [Uint8Contents]: <00 ... 2 more bytes>, byteLength: 3 }\n{ list: [ 1, ... 2 more items ], extra: 'x' }\nxxxxxxxx'... 2 more characters\n0 ''... 6 more characters\n1 'a'... 5 more characters\n3 'abc'... 3 more characters\n-1 'abcde'... 7 more characters\nnull 'abcdef'\nInfinity 'abcdef'\n{ s: 'abcd'... 6 more characters, a: [ 'klmn'... 2 more characters ] }\n[String: 'ab'... 4 more characters] Map(1) { 'key'... 7 more characters => 'val'... 9 more characters }\n{ 'a-very-long-key-name': 1 }\n"
---*/
const { inspect } = require('util');
const hundredAndOne = Array.from({ length: 101 }, (_, i) => i);
// maxArrayLength: 100 by default; the rest is counted.
console.log(inspect(hundredAndOne).split('\n').slice(-3).join('\n'));
for (const maxArrayLength of [0, 1, 2, -1, null, Infinity]) {
  console.log(String(maxArrayLength), inspect([1, 2, 3], { maxArrayLength }));
}
console.log(inspect([1, , 3, , 5], { maxArrayLength: 2 }), inspect(new Array(7), { maxArrayLength: 3 }));
console.log(inspect(new Uint8Array(5), { maxArrayLength: 2 }), inspect(new Float64Array([1.5, 2.5]), { maxArrayLength: 1 }));
console.log(inspect(new Set([1, 2, 3]), { maxArrayLength: 1 }), inspect(new Map([[1, 'a'], [2, 'b']]), { maxArrayLength: 1 }));
console.log(inspect(new Map([[1, 'a'], [2, 'b'], [3, 'c']]).entries(), { maxArrayLength: 1 }), inspect(new Set([1, 2, 3]).values(), { maxArrayLength: 2 }));
console.log(inspect(new Uint8Array([1, 2, 3, 4, 5]).buffer, { maxArrayLength: 2 }), inspect(new ArrayBuffer(3), { maxArrayLength: 1 }));
console.log(inspect({ list: [1, 2, 3], extra: 'x' }, { maxArrayLength: 1 }));
// maxStringLength: 10000 by default; cut strings say how much is left.
console.log(inspect('x'.repeat(10002)).slice(-30));
for (const maxStringLength of [0, 1, 3, -1, null, Infinity]) {
  console.log(String(maxStringLength), inspect('abcdef', { maxStringLength }));
}
console.log(inspect({ s: 'abcdefghij', a: ['klmnop'] }, { maxStringLength: 4 }));
console.log(inspect(new String('abcdef'), { maxStringLength: 2 }), inspect(new Map([['key-string', 'value-string']]), { maxStringLength: 3 }));
// Keys are never cut.
console.log(inspect({ 'a-very-long-key-name': 1 }, { maxStringLength: 2 }));
