/*---
description = "require('assert/strict') is assert.strict: strict aliases for equal/deepEqual/notEqual/notDeepEqual"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "true true true\ntrue true true true\nfunction strict true true true true true\nstrictEqual \"Expected values to be strictly equal:\\n\\n1 !== '1'\\n\"\ndeepStrictEqual\nnotStrictEqual\nERR_ASSERTION ==\nAssertionError,CallTracker,deepEqual,deepStrictEqual,doesNotMatch,doesNotReject,doesNotThrow,equal,fail,ifError,match,notDeepEqual,notDeepStrictEqual,notEqual,notStrictEqual,ok,rejects,strict,strictEqual,throws\n"
---*/
const assert = require('assert');
const st = require('assert/strict');
console.log(st === assert.strict, st.strict === st, require('node:assert/strict') === st);
console.log(st.deepEqual === assert.deepStrictEqual, st.equal === assert.strictEqual,
  st.notEqual === assert.notStrictEqual, st.notDeepEqual === assert.notDeepStrictEqual);
console.log(typeof st, st.name, st.AssertionError === assert.AssertionError, st.CallTracker === assert.CallTracker,
  st.ok === assert.ok, st.fail === assert.fail, st.throws === assert.throws);
try { st.equal(1, '1'); } catch (e) { console.log(e.operator, JSON.stringify(e.message)); }
try { st.deepEqual({ a: 1 }, { a: '1' }); } catch (e) { console.log(e.operator); }
try { st.notEqual(1, 1); } catch (e) { console.log(e.operator); }
st.notEqual(1, '1');
try { st(0); } catch (e) { console.log(e.code, e.operator); }
console.log(Object.keys(st).sort().join());
