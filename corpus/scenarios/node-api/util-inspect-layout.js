/*---
description = "util.inspect layout options: compact false/number/true, breakLength, array columns, sorted (true and a comparator), long strings split after newlines"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "{\n  name: 'root',\n  list: [\n    1,\n    [\n      2,\n      [Array]\n    ]\n  ],\n  map: Map(1) {\n    'k' => {\n      v: [Array]\n    }\n  },\n  set: Set(2) {\n    'a',\n    {\n      b: 1\n    }\n  }\n}\n[\n  [\n    1,\n    2\n  ],\n  [\n    3,\n    [\n      4,\n      5\n    ]\n  ]\n]\nMap(1) {\n  {\n    a: 1\n  } => Set(1) {\n    1\n  }\n}\n{} [] Map(0) {}\ncompact 0: {\n  a: {\n    b: {\n      c: {\n        d: 1\n      }\n    }\n  },\n  e: [\n    1,\n    2\n  ]\n}\ncompact 1: {\n  a: {\n    b: {\n      c: { d: 1 }\n    }\n  },\n  e: [ 1, 2 ]\n}\ncompact 2: {\n  a: {\n    b: { c: { d: 1 } }\n  },\n  e: [ 1, 2 ]\n}\ncompact 3: { a: { b: { c: { d: 1 } } }, e: [ 1, 2 ] }\ncompact 4: { a: { b: { c: { d: 1 } } }, e: [ 1, 2 ] }\n{ alpha: 'aaaaaaaaaa',\n  beta: [ 'bbbbbbbbbb', 'cccccccccc' ],\n  gamma:\n   { delta: 'dddddddddd',\n     epsilon: 'eeeeeeeeee' } }\nSet(5) {\n  'one',\n  'two',\n  'three',\n  'four',\n  'five' }\nbreakLength Infinity: { first: 'value one', second: [ 1, 2, 3 ], third: { x: 'y' } }\nbreakLength 80: { first: 'value one', second: [ 1, 2, 3 ], third: { x: 'y' } }\nbreakLength 40: {\n  first: 'value one',\n  second: [ 1, 2, 3 ],\n  third: { x: 'y' }\n}\nbreakLength 20: {\n  first: 'value one',\n  second: [\n    1,\n    2,\n    3\n  ],\n  third: {\n    x: 'y'\n  }\n}\nbreakLength 1: {\n  first: 'value one',\n  second: [\n    1,\n    2,\n    3\n  ],\n  third: {\n    x: 'y'\n  }\n}\n[\n    0,  37,  74, 111,  148,  185,\n  222, 259, 296, 333,  370,  407,\n  444, 481, 518, 555,  592,  629,\n  666, 703, 740, 777,  814,  851,\n  888, 925, 962, 999, 1036, 1073\n]\n[\n  'item0',  'item1',\n  'item2',  'item3',\n  'item4',  'item5',\n  'item6',  'item7',\n  'item8',  'item9',\n  'item10', 'item11'\n]\n[\n  'a', 'b', 'c', 'd',\n  'e', 'f', 'g', 'h',\n  'i', 'j', 'k', 'l',\n  'm', 'n', 'o', 'p',\n  'q', 'r', 's', 't',\n  'u', 'v', 'w', 'x',\n  'y', 'z'\n]\n{ [Symbol(s)]: 0, a: 1, b: { y: 2, z: 1 }, c: 3 }\n{ c: 3, b: { z: 1, y: 2 }, a: 1, [Symbol(s)]: 0 }\n[ 3, 1, 2, m: 2, z: 1 ]\nMap(2) { 'a' => 1, 'b' => 2 } Set(3) { 1, 2, 3 }\n{\n  text: 'first line of the text\\nsecond line of the text\\nthird line of the text'\n}\n'short\\nlines' 'a long line without any newline in it at all, longer than the break length of eighty'\n"
---*/
const { inspect } = require('util');
const nested = { name: 'root', list: [1, [2, [3, [4]]]], map: new Map([['k', { v: [1, 2] }]]), set: new Set(['a', { b: 1 }]) };
// compact: false puts every entry of every level on its own line.
console.log(inspect(nested, { compact: false }));
console.log(inspect([[1, 2], [3, [4, 5]]], { compact: false }));
console.log(inspect(new Map([[{ a: 1 }, new Set([1])]]), { compact: false }));
console.log(inspect({}, { compact: false }), inspect([], { compact: false }), inspect(new Map(), { compact: false }));
// A number: that many innermost levels may share a line, if it fits breakLength.
for (const compact of [0, 1, 2, 3, 4]) console.log(`compact ${compact}:`, inspect({ a: { b: { c: { d: 1 } } }, e: [1, 2] }, { compact, depth: 5 }));
// compact: true packs entries up to breakLength, the closing brace on the last line.
console.log(inspect({ alpha: 'aaaaaaaaaa', beta: ['bbbbbbbbbb', 'cccccccccc'], gamma: { delta: 'dddddddddd', epsilon: 'eeeeeeeeee' } }, { compact: true, breakLength: 40 }));
console.log(inspect(new Set(['one', 'two', 'three', 'four', 'five']), { compact: true, breakLength: 20 }));
// breakLength decides when a level stops fitting on one line.
for (const breakLength of [Infinity, 80, 40, 20, 1]) console.log(`breakLength ${breakLength}:`, inspect({ first: 'value one', second: [1, 2, 3], third: { x: 'y' } }, { breakLength }));
// Arrays of more than six short entries form columns (numbers right-aligned).
console.log(inspect(Array.from({ length: 30 }, (_, i) => i * 37)));
console.log(inspect(Array.from({ length: 12 }, (_, i) => 'item' + i), { breakLength: 40 }));
console.log(inspect(Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i)), { compact: 1 }));
// sorted: keys (not array elements) in order, or by a comparator; Map and Set entries too.
const unsorted = { c: 3, a: 1, b: { z: 1, y: 2 }, [Symbol('s')]: 0 };
console.log(inspect(unsorted, { sorted: true }));
console.log(inspect(unsorted, { sorted: (x, y) => (x < y ? 1 : x > y ? -1 : 0) }));
const arr = [3, 1, 2]; arr.z = 1; arr.m = 2;
console.log(inspect(arr, { sorted: true }));
console.log(inspect(new Map([['b', 2], ['a', 1]]), { sorted: true }), inspect(new Set([3, 1, 2]), { sorted: true }));
// Long strings split after their newlines when the line would be too long.
console.log(inspect({ text: 'first line of the text\nsecond line of the text\nthird line of the text' }));
console.log(inspect('short\nlines'), inspect('a long line without any newline in it at all, longer than the break length of eighty'));
