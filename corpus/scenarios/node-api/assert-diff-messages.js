/*---
description = "the + actual - expected diff in deepStrictEqual/strictEqual AssertionError messages (no colours)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  {\\n    a: 1,\\n+   b: 2\\n-   b: 3\\n  }\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  [\\n    1,\\n    2,\\n+   3\\n-   4\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  [\\n    1,\\n    2,\\n-   3\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  {\\n    a: 1,\\n-   b: [\\n-     1\\n-   ]\\n  }\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected ... Lines skipped\\n\\n  [\\n    1,\\n...\\n    8,\\n    9,\\n+   10\\n-   11\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Map(1) {\\n+   1 => 2\\n-   1 => 3\\n  }\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n+ [Error: a]\\n- [Error: b]\\n          ^\"\n\"Values have same structure but are not reference-equal:\\n\\n{\\n  s: Symbol(x)\\n}\\n\"\n\"custom\\n+ actual - expected\\n\\n  {\\n+   a: 1\\n-   a: 2\\n  }\"\n\"Expected values to be strictly deep-equal:\\n\\n1 !== '1'\\n\"\n\"Expected values to be strictly equal:\\n+ actual - expected\\n\\n+ 'hello world'\\n- 'hello there'\\n         ^\"\n\"Expected \\\"actual\\\" to be reference-equal to \\\"expected\\\":\\n+ actual - expected\\n\\n  {\\n+   a: 1\\n-   a: 2\\n  }\"\n\"Values have same structure but are not reference-equal:\\n\\n{\\n  a: 1\\n}\\n\"\n\"Expected values to be strictly equal:\\n+ actual - expected\\n\\n+ 0\\n- -0\"\n"
---*/
const assert = require('assert');
function show(fn) {
  try { fn(); console.log('no throw'); } catch (e) { console.log(JSON.stringify(e.message)); }
}
show(() => assert.deepStrictEqual({ a: 1, b: 2 }, { a: 1, b: 3 }));
show(() => assert.deepStrictEqual([1, 2, 3], [1, 2, 4]));
show(() => assert.deepStrictEqual([1, 2], [1, 2, 3]));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 1, b: [1] }));
show(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 2, 3, 4, 5, 6, 7, 8, 9, 11]));
show(() => assert.deepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
show(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
show(() => assert.deepStrictEqual({ s: Symbol('x') }, { s: Symbol('x') }));
show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }, 'custom'));
show(() => assert.deepStrictEqual(1, '1'));
show(() => assert.strictEqual('hello world', 'hello there'));
show(() => assert.strictEqual({ a: 1 }, { a: 2 }));
show(() => assert.strictEqual({ a: 1 }, { a: 1 }));
show(() => assert.strictEqual(0, -0));
