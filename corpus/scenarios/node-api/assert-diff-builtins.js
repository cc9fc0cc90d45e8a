/*---
description = "AssertionError diffs of built-ins: typed arrays vs Buffers, extra keys, subclassed Date/RegExp, Maps, nested messages, util.inspect.defaultOptions (showProxy ignored, colors kept)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "\"Expected values to be strictly deep-equal:\\n+ actual - expected ... Lines skipped\\n\\n+ Uint8Array(4) [\\n- Buffer(4) [Uint8Array] [\\n    120,\\n...\\n    122,\\n    10\\n  ]\"\nno throw\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Buffer(4) [Uint8Array] [\\n    120,\\n    121,\\n    122,\\n    10,\\n+   prop: 1\\n  ]\"\nno throw\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Uint8Array(4) [\\n    120,\\n    121,\\n    122,\\n    10,\\n-   prop: 5\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n+ 2016-01-01T00:00:00.000Z\\n- MyDate 2016-01-01T00:00:00.000Z {\\n-   '0': '1'\\n- }\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n+ MyDate 2016-01-01T00:00:00.000Z {\\n+   '0': '1'\\n+ }\\n- 2016-01-01T00:00:00.000Z\"\n\"Expected values to be loosely deep-equal:\\n\\n2016-01-01T00:00:00.000Z\\n\\nshould loosely deep-equal\\n\\nMyDate 2016-01-01T00:00:00.000Z {\\n  '0': '1'\\n}\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n+ /test/\\n- MyRegExp /test/ {\\n-   '0': '1'\\n- }\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Map(1) {\\n+   1 => 1\\n-   1 => '1'\\n  }\"\n\"Expected \\\"actual\\\" not to be strictly deep-equal to:\\n\\n2000-04-14T00:00:00.000Z\"\n\"Expected values to be loosely deep-equal:\\n\\nSet(3) {\\n  1,\\n  2,\\n  3\\n}\\n\\nshould loosely deep-equal\\n\\nSet(4) {\\n  1,\\n  2,\\n  3,\\n  4\\n}\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected ... Lines skipped\\n\\n  Comparison {\\n    message: 'Expected values to be strictly deep-equal:\\\\n' +\\n...\\n      '  [TypeError: foo] {\\\\n' +\\n      \\\"+   foo: 'bar'\\\\n\\\" +\\n+     \\\"-   foo: 'baz.'\\\\n\\\" +\\n-     \\\"-   foo: 'baz'\\\\n\\\" +\\n      '  }',\\n+   operator: 'deepStrictEqual'\\n-   operator: 'throws'\\n  }\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  [\\n    1,\\n    2,\\n-   3\\n  ]\"\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  {\\n+   a: \\u001b[33m1\\u001b[39m\\n-   a: \\u001b[33m2\\u001b[39m\\n  }\"\n"
---*/
// Diffs of built-ins: typed arrays and Buffers with extra keys, subclassed Dates and RegExps,
// Maps, nested AssertionError messages, inspect.defaultOptions that assert overrides (showProxy)
// or keeps (colors).
const assert = require('assert');
function show(fn) { try { fn(); console.log('no throw'); } catch (e) { console.log(JSON.stringify(e.message)); } }
const arr = new Uint8Array([120, 121, 122, 10]);
const buf = Buffer.from(arr);
show(() => assert.deepStrictEqual(arr, buf));
show(() => assert.deepEqual(arr, buf));
const buf2 = Buffer.from(arr); buf2.prop = 1;
show(() => assert.deepStrictEqual(buf2, buf));
show(() => assert.notDeepEqual(buf2, buf));
const arr2 = new Uint8Array([120, 121, 122, 10]); arr2.prop = 5;
show(() => assert.deepStrictEqual(arr, arr2));
class MyDate extends Date { constructor(...args) { super(...args); this[0] = '1'; } }
const date = new Date('2016'); const date2 = new MyDate('2016');
show(() => assert.deepStrictEqual(date, date2));
show(() => assert.deepStrictEqual(date2, date));
show(() => assert.deepEqual(date, date2));
class MyRegExp extends RegExp { constructor(...args) { super(...args); this[0] = '1'; } }
show(() => assert.deepStrictEqual(new RegExp('test'), new MyRegExp('test')));
show(() => assert.deepStrictEqual(new Map([[1, 1]]), new Map([[1, '1']])));
show(() => assert.notDeepStrictEqual(new Date(2000, 3, 14), new Date(2000, 3, 14)));
show(() => assert.deepEqual(new Set([1, 2, 3]), new Set([1, 2, 3, 4])));
{
  const a = new TypeError('foo'); const b = new TypeError('foo'); a.foo = 'bar'; b.foo = 'baz.';
  show(() => assert.throws(() => assert.deepStrictEqual(a, b), { operator: 'throws', message: 'Expected values to be strictly deep-equal:\n+ actual - expected\n\n  [TypeError: foo] {\n+   foo: \'bar\'\n-   foo: \'baz\'\n  }' }));
}
{
  const util = require('util');
  const arrProxy = new Proxy([1, 2], {});
  const tmp = util.inspect.defaultOptions;
  util.inspect.defaultOptions = { showProxy: true };
  show(() => assert.deepStrictEqual(arrProxy, [1, 2, 3]));
  util.inspect.defaultOptions = tmp;
}
{
  const util = require('util');
  util.inspect.defaultOptions.colors = true;
  show(() => assert.deepStrictEqual({ a: 1 }, { a: 2 }));
  util.inspect.defaultOptions.colors = false;
}
