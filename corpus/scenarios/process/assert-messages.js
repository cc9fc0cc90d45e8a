/*---
description = "assert: messages, operators and generatedMessage for throws/rejects and their negations, ifError, match/doesNotMatch, fail, strictEqual with a message"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "AssertionError ERR_ASSERTION == false \"m1\" 1 2\nAssertionError ERR_ASSERTION notStrictEqual false \"m2\" 1 1\nAssertionError ERR_ASSERTION fail true \"Failed\" undefined undefined\nTypeError undefined undefined undefined \"te\" undefined undefined\nAssertionError ERR_ASSERTION ifError false \"ifError got unwanted exception: 'str'\" str null\nno throw\nAssertionError ERR_ASSERTION doesNotMatch true \"The input was expected to not match the regular expression /b/. Input:\\n\\n'abc'\\n\" abc /b/\nAssertionError ERR_ASSERTION match true \"The \\\"string\\\" argument must be of type string. Received type number (123)\" 123 /x/\nno throw\nAssertionError ERR_ASSERTION throws false \"Missing expected exception: msg as 2nd\" undefined undefined\nAssertionError ERR_ASSERTION throws false \"Missing expected exception (TypeError).\" undefined [Function: TypeError]\nno throw\nAssertionError ERR_ASSERTION deepEqual true \"Expected values to be loosely deep-equal:\\n\\n1\\n\\nshould loosely deep-equal\\n\\n2\" 1 2\nAssertionError ERR_ASSERTION rejects false \"Missing expected rejection.\"\nAssertionError ERR_ASSERTION doesNotReject false \"Got unwanted rejection.\\nActual message: \\\"r\\\"\"\nAssertionError ERR_ASSERTION rejects true \"The input did not match the regular expression /z/. Input:\\n\\n'Error: q'\\n\"\nok\n"
---*/
// assert: messages, operators and generatedMessage for throws/rejects and their negations,
// ifError, match/doesNotMatch, fail, and strictEqual with a message, as Node 20 words them.
const assert = require('assert');
const t = (f) => { try { f(); console.log('no throw'); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message), e.actual, e.expected); } };
t(() => assert.equal(1, 2, 'm1'));
t(() => assert.notStrictEqual(1, 1, 'm2'));
t(() => assert.fail());
t(() => assert.fail(new TypeError('te')));
t(() => assert.ifError('str'));
t(() => assert.ifError(undefined));
t(() => assert.doesNotMatch('abc', /b/));
t(() => assert.match(123, /x/));
t(() => assert.throws(() => { throw new Error('x'); }, Error, 'unused?'));
t(() => assert.throws(() => {}, 'msg as 2nd'));
t(() => assert.throws(() => {}, TypeError));
t(() => assert.throws(() => { throw new Error('x'); }, (e) => e.message === 'x'));
t(() => assert.deepEqual(1, 2));
(async () => {
  for (const f of [() => assert.rejects(Promise.resolve(1)), () => assert.doesNotReject(Promise.reject(new Error('r'))), () => assert.rejects(Promise.reject(new Error('q')), /z/), () => assert.rejects(async () => { throw new TypeError('t'); }, TypeError)]) {
    try { await f(); console.log('ok'); } catch (e) { console.log(e.name, e.code, e.operator, e.generatedMessage, JSON.stringify(e.message)); }
  }
})();
