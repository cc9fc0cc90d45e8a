/*---
description = "generated AssertionError messages and fields for equal/strictEqual/deepEqual/not* operators"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "\"Expected values to be strictly equal:\\n\\n1 !== 2\\n\" true strictEqual ERR_ASSERTION AssertionError\n\"Expected values to be strictly equal:\\n\\n'a' !== 'b'\\n\" true strictEqual ERR_ASSERTION AssertionError\n\"custom\\n\\n1 !== 2\\n\" false strictEqual ERR_ASSERTION AssertionError\n\"1 == 2\" true == ERR_ASSERTION AssertionError\n\"custom\" false == ERR_ASSERTION AssertionError\n\"1 != '1'\" true != ERR_ASSERTION AssertionError\n\"Expected \\\"actual\\\" to be strictly unequal to: 1\" true notStrictEqual ERR_ASSERTION AssertionError\n\"Expected \\\"actual\\\" to be strictly unequal to:\\n\\n'abcdef'\" true notStrictEqual ERR_ASSERTION AssertionError\n\"Expected values to be loosely deep-equal:\\n\\n{\\n  a: 1\\n}\\n\\nshould loosely deep-equal\\n\\n{\\n  a: 2\\n}\" true deepEqual ERR_ASSERTION AssertionError\n\"Expected \\\"actual\\\" not to be strictly deep-equal to:\\n\\n{\\n  a: 1\\n}\\n\" true notDeepStrictEqual ERR_ASSERTION AssertionError\n\"Expected \\\"actual\\\" not to be strictly deep-equal to:\\n\\n[\\n  1\\n]\\n\" true notDeepStrictEqual ERR_ASSERTION AssertionError\n\"Expected \\\"actual\\\" not to be loosely deep-equal to:\\n\\n{\\n  a: 1\\n}\" true notDeepEqual ERR_ASSERTION AssertionError\n\"Expected values not to be loosely deep-equal:\\n\\n1\\n\\nshould not loosely deep-equal\\n\\n'1'\" true notDeepEqual ERR_ASSERTION AssertionError\ntrue 1 2 generatedMessage,code,actual,expected,operator\n"
---*/
const assert = require('assert');
function show(fn) {
  try { fn(); console.log('no throw'); } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, e.code, e.name);
  }
}
show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual('a', 'b'));
show(() => assert.strictEqual(1, 2, 'custom'));
show(() => assert.equal(1, 2));
show(() => assert.equal(1, 2, 'custom'));
show(() => assert.notEqual(1, '1'));
show(() => assert.notStrictEqual(1, 1));
show(() => assert.notStrictEqual('abcdef', 'abcdef'));
show(() => assert.deepEqual({ a: 1 }, { a: 2 }));
show(() => assert.notDeepStrictEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepStrictEqual([1], [1]));
show(() => assert.notDeepEqual({ a: 1 }, { a: 1 }));
show(() => assert.notDeepEqual(1, '1'));
try { assert.strictEqual(1, 2); } catch (e) {
  console.log(e instanceof assert.AssertionError, e.actual, e.expected, Object.keys(e).join());
}
