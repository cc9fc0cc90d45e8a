/*---
description = "console.log lays out long arrays in columns and long objects over lines, as util.inspect"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "[\n  1, 2, 3, 4,\n  5, 6, 7\n]\n[\n    0,   7,  14,  21,  28,  35,  42,  49,\n   56,  63,  70,  77,  84,  91,  98, 105,\n  112, 119, 126, 133, 140, 147, 154, 161,\n  168, 175, 182, 189, 196, 203\n]\n[ 'apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape' ]\n{\n  list: [\n    1, 2, 3, 4,  5,\n    6, 7, 8, 9, 10\n  ],\n  name: 'n',\n  long: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'\n}\n[\n  { a: 1 }, { a: 2 },\n  { a: 3 }, { a: 4 },\n  { a: 5 }, { a: 6 },\n  { a: 7 }\n]\n{ a: { b: { c: {} } } } { a: { b: { c: [Object] } } } [\n  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1,\n  2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3,\n  4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5,\n  6, 7, 8, 9, 0, 1, 2, 3, 4, 5, 6, 7,\n  8, 9, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9,\n  0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1,\n  2, 3, 4, 5, 6, 7, 8, 9, 0, 1, 2, 3,\n  4, 5, 6, 7, 8, 9, 0, 1, 2, 3, 4, 5,\n  6, 7, 8, 9,\n  ... 3 more items\n]\n"
---*/
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 30 }, (_, i) => i * 7));
console.log(['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', 'grape']);
console.log({ list: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], name: 'n', long: 'x'.repeat(40) });
console.log([{ a: 1 }, { a: 2 }, { a: 3 }, { a: 4 }, { a: 5 }, { a: 6 }, { a: 7 }]);
console.log({ a: { b: { c: {} } } }, { a: { b: { c: { d: 1 } } } }, Array.from({ length: 103 }, (_, i) => i % 10));
