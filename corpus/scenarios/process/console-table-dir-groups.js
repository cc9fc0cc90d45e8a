/*---
description = "console.table, console.dir options, groups, counts, format specifiers and util.inspect's compact-3 line breaking at any depth"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "G1\n  inside\n    { a: [ 1, 2 ] }\n  back\nout\ndefault: 1\nx: 1\ndefault: 2\ndefault: 1\n{ a: [Object] }\n'str'\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 a \u2502 b   \u2502 c    \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n\u2502 0       \u2502 1 \u2502 'x' \u2502      \u2502\n\u2502 1       \u2502 2 \u2502     \u2502 true \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 0 \u2502 1 \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2524\n\u2502 0       \u2502 1 \u2502 2 \u2502\n\u2502 1       \u2502 3 \u2502 4 \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 c \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2524\n\u2502 r1      \u2502 1 \u2502\n\u2502 r2      \u2502 2 \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 a \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2524\n\u2502 0       \u2502 1 \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2518\nnot tabular\n styled\n42 %d 0x10\nSymbol(s) 12n -0 [ -0 ]\n\"custom\"\n'str'\na b\n c\n\nundefined null\n% %\nonly one:%s\nlvl\n  multi\n  line\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 (iteration index) \u2502 Key \u2502 Values                        \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n\u2502 0                 \u2502 'a' \u2502 { x: 1 }                      \u2502\n\u2502 1                 \u2502 'b' \u2502 [ 1, 2, 3, ... 2 more items ] \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 (iteration index) \u2502 Values   \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n\u2502 0                 \u2502 'x'      \u2502\n\u2502 1                 \u2502 [Object] \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 a \u2502 Values \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n\u2502 0       \u2502   \u2502 1      \u2502\n\u2502 1       \u2502   \u2502 'two'  \u2502\n\u2502 2       \u2502 1 \u2502        \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502 name    \u2502 v     \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n\u2502 0       \u2502 '\u00fc\u20ac'    \u2502 1     \u2502\n\u2502 1       \u2502 'plain' \u2502 22222 \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 (index) \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518\n\u250c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u252c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2510\n\u2502 (iteration index) \u2502 Key \u2502 Values \u2502\n\u251c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u253c\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2524\n\u2502 0                 \u2502 1   \u2502 2      \u2502\n\u2514\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2534\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2500\u2518\nERR_INVALID_ARG_TYPE The \"properties\" argument must be an instance of Array. Received type string ('a')\n{\n  deep: {\n    a: { b: { c: { d: 1 } } }\n  }\n}\nC {}\nCUSTOM\n{\n  l1: {\n    l2: {\n      l3: { l4: { l5: { l6: 'x' } } }\n    }\n  },\n  sib: [\n    1,\n    [\n      2,\n      [ 3, [ 4, [ 5 ] ] ]\n    ]\n  ]\n}\n{\n  l1: {\n    l2: { l3: { l4: { l5: [Object] } } }\n  },\n  sib: [\n    1,\n    [ 2, [ 3, [ 4, [Array] ] ] ]\n  ]\n}\n[ [ [ [] ] ], {}, [ {} ] ]\n{ a: { b: { c: {} } }, z: 1 }\n{\n  a: [\n    { b: [ { c: 1 } ] }\n  ]\n}\nMap(1) {\n  'k' => { a: { b: { c: 1 } } }\n}\n{ x: { y: { z: 1 } }, w: { v: 2 } }\n[ { a: { b: 1 } }, { c: { d: [Object] } } ]\n"
---*/
// console.table, console.dir options, groups, counts, format specifiers and util.inspect's
// compact-3 line breaking at any depth, as Node prints them.
const util = require('util');
console.group('G1'); console.log('inside'); console.group(); console.info({ a: [1, 2] }); console.groupEnd(); console.log('back'); console.groupEnd(); console.log('out');
console.count(); console.count('x'); console.count(); console.countReset(); console.count();
console.assert(true, 'no'); console.assert(false, 'to stderr');
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir('str');
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table([[1, 2], [3, 4]]);
console.table({ r1: { c: 1 }, r2: { c: 2 } });
console.table([{ a: 1, b: 2 }], ['a']);
console.table('not tabular');
console.log('%c styled', 'color: red');
console.log('%i', '42.9px', '%d', '0x10');
console.log('%s', Symbol('s'), 12n, -0, [-0]);
console.log('%j', { toJSON() { return 'custom'; } });
console.log('%o', 'str');
console.log('a', 'b\n', 'c');
console.log();
console.log(undefined, null);
console.log('%%', '%');
console.log('%s:%s', 'only one');
console.group('lvl'); console.log('multi\nline'); console.groupEnd();
console.table(new Map([['a', { x: 1 }], ['b', [1, 2, 3, 4, 5]]]));
console.table(new Set(['x', { y: 2, z: 3, w: 4 }]));
console.table([1, 'two', { a: 1 }]);
console.table([{ name: 'ü€', v: 1 }, { name: 'plain', v: 22222 }]);
console.table([], ['a']);
console.table({});
console.table(new Map([[1, 2]]).entries());
try { console.table([], 'a'); } catch (e) { console.log(e.code, e.message); }
console.dir({ deep: { a: { b: { c: { d: 1 } } } } }, { depth: null });
class C { [Symbol.for('nodejs.util.inspect.custom')]() { return 'CUSTOM'; } }
console.dir(new C()); console.log(new C());
const deep = { l1: { l2: { l3: { l4: { l5: { l6: 'x' } } } } }, sib: [1, [2, [3, [4, [5]]]]] };
console.log(util.inspect(deep, { depth: null }));
console.log(util.inspect(deep, { depth: 4 }));
console.log(util.inspect([[[[]]], {}, [{}]], { depth: null }));
console.log(util.inspect({ a: { b: { c: {} } }, z: 1 }, { depth: null }));
console.log(util.inspect({ a: [{ b: [{ c: 1 }] }] }, { depth: null }));
console.log(util.inspect(new Map([['k', { a: { b: { c: 1 } } }]]), { depth: null }));
console.log({ x: { y: { z: 1 } }, w: { v: 2 } });
console.log([{ a: { b: 1 } }, { c: { d: { e: 2 } } }]);
