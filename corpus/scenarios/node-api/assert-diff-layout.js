/*---
description = "AssertionError message layout: the + actual - expected diff (identical runs collapsed, trailing lines trimmed, trailing commas, fifty-line cap, the ^ indicator), custom messages with the diff, notDeepStrictEqual/deepEqual/notDeepEqual on long values"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "\"Expected values to be strictly deep-equal:\\n+ actual - expected ... Lines skipped\\n\\n  [\\n    [\\n      [\\n        1,\\n        2,\\n+       3\\n-       '3'\\n      ]\\n...\\n    4,\\n    5\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected ... Lines skipped\\n\\n  [\\n    1,\\n...\\n    1,\\n    0,\\n-   1,\\n    1,\\n...\\n    1,\\n    1\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected ... Lines skipped\\n\\n  [\\n    1,\\n...\\n    1,\\n    0,\\n+   1,\\n    1,\\n    1,\\n    1\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  [\\n    1,\\n+   2,\\n-   1,\\n    1,\\n    1,\\n    0,\\n+   1,\\n    1\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n+ [\\n+   1,\\n+   2,\\n+   1\\n+ ]\\n- undefined\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  [\\n+   1,\\n    2,\\n    1\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected ... Lines skipped\\n\\n  [\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n+   1,\\n...\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n-   2,\\n...\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  [\\n    1,\\n    2,\\n+   3\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  [\\n+   4\\n-   '4'\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  {\\n    a: 4,\\n-   b: true\\n  }\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n+ [\\n+   'a'\\n+ ]\\n- {\\n-   '0': 'a'\\n- }\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected ... Lines skipped\\n\\n  {\\n    a: 2,\\n+   b: 1,\\n-   b: 2,\\n    c: [\\n...\\n      2\\n    ]\\n  }\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  [\\n+   0,\\n-   'x',\\n    1,\\n    2,\\n    3,\\n+   4\\n-   'y'\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  [\\n+   0,\\n-   'x',\\n    1,\\n    2,\\n    3,\\n    4,\\n+   5\\n-   'y'\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  [\\n+   0,\\n-   'x',\\n    1,\\n    2,\\n    3,\\n    4,\\n    5,\\n+   6\\n-   'y'\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected ... Lines skipped\\n\\n  [\\n+   0,\\n-   'x',\\n    1,\\n    2,\\n...\\n    5,\\n    6,\\n+   7\\n-   'y'\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected ... Lines skipped\\n\\n  [\\n+   0,\\n-   'x',\\n    1,\\n    2,\\n...\\n    6,\\n    7,\\n+   8\\n-   'y'\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  [\\n+   'x',\\n-   'y',\\n    0,\\n    0,\\n    0\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected ... Lines skipped\\n\\n  [\\n+   'x',\\n-   'y',\\n    0,\\n...\\n    0,\\n    0\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected ... Lines skipped\\n\\n  [\\n+   'x',\\n-   'y',\\n    0,\\n...\\n    0,\\n    0\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected ... Lines skipped\\n\\n  [\\n+   'x',\\n-   'y',\\n    0,\\n...\\n    0,\\n    0\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Map(1) {\\n    1 => {\\n+     a: 1\\n-     a: 2\\n    }\\n  }\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Set(2) {\\n    1,\\n+   2\\n-   3\\n  }\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  {\\n+   a: [Getter: 5]\\n-   a: [Getter: 6]\\n  }\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n+ {}\\n- {\\n-   [Symbol(nodejs.util.inspect.custom)]: [Function (anonymous)],\\n-   loop: 'forever'\\n- }\"\n\"Expected values to be strictly equal:\\n+ actual - expected\\n\\n+ <ref *1> {\\n+   x: [Circular *1],\\n+   y: 1\\n+ }\\n- ''\"\n\"Expected values to be strictly equal:\\n+ actual - expected\\n\\n+ {\\n+   a: undefined,\\n+   b: null\\n+ }\\n- ''\"\n\"Expected values to be strictly equal:\\n+ actual - expected\\n\\n+ [\\n+   1,\\n+   2,\\n+   3\\n+ ]\\n- ''\"\n\"Expected values to be strictly equal:\\n+ actual - expected\\n\\n+ /abc/gim\\n- ''\"\n\"Expected values to be strictly equal:\\n+ actual - expected\\n\\n+ [Function: f]\\n- ''\"\nno throw\n\"custom\\n+ actual - expected\\n\\n  {\\n+   a: 1\\n-   a: 2\\n  }\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n+ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'\\n- 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaab'\\n                                ^\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n+ 1970-01-01T00:00:00.000Z\\n- 1970-01-01T00:00:00.001Z\\n                        ^\"\n\"Values have same structure but are not reference-equal:\\n\\n{\\n  symbol0: Symbol(),\\n  symbol10: Symbol(),\\n  symbol11: Symbol(),\\n  symbol12: Symbol(),\\n  symbol13: Symbol(),\\n  symbol14: Symbol(),\\n  symbol15: Symbol(),\\n  symbol16: Symbol(),\\n  symbol17: Symbol(),\\n  symbol18: Symbol(),\\n  symbol19: Symbol(),\\n  symbol1: Symbol(),\\n  symbol20: Symbol(),\\n  symbol21: Symbol(),\\n  symbol22: Symbol(),\\n  symbol23: Symbol(),\\n  symbol24: Symbol(),\\n  symbol25: Symbol(),\\n  symbol26: Symbol(),\\n  symbol27: Symbol(),\\n  symbol28: Symbol(),\\n  symbol29: Symbol(),\\n  symbol2: Symbol(),\\n  symbol30: Symbol(),\\n  symbol31: Symbol(),\\n  symbol32: Symbol(),\\n  symbol33: Symbol(),\\n  symbol34: Symbol(),\\n  symbol35: Symbol(),\\n  symbol36: Symbol(),\\n  symbol37: Symbol(),\\n  symbol38: Symbol(),\\n  symbol39: Symbol(),\\n  symbol3: Symbol(),\\n  symbol40: Symbol(),\\n  symbol41: Symbol(),\\n  symbol42: Symbol(),\\n  symbol43: Symbol(),\\n  symbol44: Symbol(),\\n  symbol45: Symbol(),\\n  symbol46: Symbol(),\\n  symbol47: Symbol(),\\n  symbol48: Symbol(),\\n  symbol49: Symbol(),\\n  symbol4: Symbol(),\\n...\\n\"\n\"Expected \\\"actual\\\" not to be strictly deep-equal to:\\n\\n[\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n  1,\\n...\\n\"\n\"Expected \\\"actual\\\" not to be strictly deep-equal to:\\n\\n{\\n  a: {\\n    b: 1\\n  }\\n}\\n\"\n\"Expected \\\"actual\\\" not to be strictly deep-equal to:\\n\\n'abcde'\"\n\"Expected \\\"actual\\\" not to be strictly deep-equal to:\\n\\n'abcdef'\"\n\"Expected \\\"actual\\\" not to be reference-equal to \\\"expected\\\":\\n\\n[Function: show]\"\n\"Expected values to be loosely deep-equal:\\n\\n[\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  '...\\n\\nshould loosely deep-equal\\n\\n[]\"\n\"Expected values to be loosely deep-equal:\\n\\n{\\n  a: [\\n    1,\\n    2\\n  ]\\n}\\n\\nshould loosely deep-equal\\n\\n{\\n  a: [\\n    1,\\n    3\\n  ]\\n}\"\n\"Expected \\\"actual\\\" not to be loosely deep-equal to:\\n\\n'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa...\"\n\"Expected values not to be loosely deep-equal:\\n\\n{\\n  a: 1\\n}\\n\\nshould not loosely deep-equal\\n\\n{\\n  a: '1'\\n}\"\n\"Expected \\\"actual\\\" not to be loosely deep-equal to:\\n\\n[\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',\\n  'ab',...\"\n"
---*/
// The layout of AssertionError messages built from inspected values: the `+ actual - expected`
// diff (identical runs collapsed, trailing lines trimmed, trailing commas ignored, about fifty
// lines at most, the `^` under a one-line difference), and the texts of notDeepStrictEqual,
// deepEqual and notDeepEqual for long values.
const assert = require('assert');
const { inspect } = require('util');
// (`*/` is printed as `*\/`: the expected output lives in this file's header comment.)
function show(fn) {
  try { fn(); console.log('no throw'); } catch (e) {
    console.log(JSON.stringify(e.message).replaceAll('*/', '*\\/'));
  }
}
show(() => assert.deepStrictEqual([[[1, 2, 3]], 4, 5], [[[1, 2, '3']], 4, 5]));
show(() => assert.deepStrictEqual([1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1, 1]));
show(() => assert.deepStrictEqual([1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1, 1], [1, 1, 1, 1, 1, 1, 1, 1, 0, 1, 1, 1]));
show(() => assert.deepStrictEqual([1, 2, 1, 1, 0, 1, 1], [1, 1, 1, 1, 0, 1]));
show(() => assert.deepStrictEqual([1, 2, 1], undefined));
show(() => assert.deepStrictEqual([1, 2, 1], [2, 1]));
show(() => assert.deepStrictEqual(Array(28).fill(1), Array(28).fill(2)));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2]));
show(() => assert.deepStrictEqual([4], ['4']));
show(() => assert.deepStrictEqual({ a: 4 }, { a: 4, b: true }));
show(() => assert.deepStrictEqual(['a'], { 0: 'a' }));
show(() => assert.deepStrictEqual({ b: 1, a: 2, c: [1, 2] }, { c: [1, 2], a: 2, b: 2 }));
for (const identical of [3, 4, 5, 6, 7]) {
  const actual = Array.from({ length: identical + 2 }, (_, i) => i);
  const expected = actual.slice();
  expected[0] = 'x';
  expected[identical + 1] = 'y';
  show(() => assert.deepStrictEqual(actual, expected));
}
for (const trailing of [3, 4, 5, 6]) {
  const actual = ['x', ...Array(trailing).fill(0)];
  show(() => assert.deepStrictEqual(actual, ['y', ...Array(trailing).fill(0)]));
}
show(() => assert.deepStrictEqual(new Map([[1, { a: 1 }]]), new Map([[1, { a: 2 }]])));
show(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 3])));
show(() => assert.deepStrictEqual({ get a() { return 5; } }, { get a() { return 6; } }));
{
  const custom = { loop: 'forever' };
  custom[inspect.custom] = () => '{}';
  show(() => assert.deepStrictEqual({}, custom));
}
{
  const circular = { y: 1 };
  circular.x = circular;
  show(() => assert.strictEqual(circular, ''));
}
show(() => assert.strictEqual({ a: undefined, b: null }, ''));
show(() => assert.strictEqual([1, 2, 3], ''));
show(() => assert.strictEqual(/abc/gim, ''));
show(() => assert.strictEqual(function f() {}, ''));
show(() => assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 2] }, 'custom'));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
show(() => assert.deepStrictEqual('a'.repeat(30), 'a'.repeat(29) + 'b'));
show(() => assert.deepStrictEqual(new Date(0), new Date(1)));
{
  const a = {};
  const b = {};
  for (let i = 0; i < 55; i++) {
    a[`symbol${i}`] = Symbol();
    b[`symbol${i}`] = Symbol();
  }
  show(() => assert.deepStrictEqual(a, b));
}
show(() => assert.notDeepStrictEqual(Array(51).fill(1), Array(51).fill(1)));
show(() => assert.notDeepStrictEqual({ a: { b: 1 } }, { a: { b: 1 } }));
show(() => assert.notDeepStrictEqual('abcde', 'abcde'));
show(() => assert.notDeepStrictEqual('abcdef', 'abcdef'));
show(() => assert.notStrictEqual(show, show));
show(() => assert.deepEqual(Array(200).fill('ab'), []));
show(() => assert.deepEqual({ a: [1, 2] }, { a: [1, 3] }));
show(() => assert.notDeepEqual('a'.repeat(1100), 'a'.repeat(1100)));
show(() => assert.notDeepEqual({ a: 1 }, { a: '1' }));
show(() => assert.notDeepEqual(Array(200).fill('ab'), Array(200).fill('ab')));
