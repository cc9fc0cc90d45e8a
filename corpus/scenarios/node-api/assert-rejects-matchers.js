/*---
description = "assert.rejects/doesNotReject with class, validation-function, RegExp and object matchers, the missing-rejection texts, thenables with catch, non-promise return values"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "class ok resolved\nclass mismatch AssertionError ERR_ASSERTION \"The error is expected to be an instance of \\\"RangeError\\\". Received \\\"TypeError\\\"\\n\\nError message:\\n\\na\" rejects true\nvalidation false AssertionError ERR_ASSERTION \"The validation function is expected to return \\\"true\\\". Received false\\n\\nCaught error:\\n\\nError: a\" rejects true\nobject ok resolved\nobject with regexp resolved\nmissing with class AssertionError ERR_ASSERTION \"Missing expected rejection (TypeError).\" rejects false\nmissing with message AssertionError ERR_ASSERTION \"Missing expected rejection: msg\" rejects false\nmissing with class and message AssertionError ERR_ASSERTION \"Missing expected rejection (TypeError): msg\" rejects false\nthenable with catch resolved\nfn returning thenable with catch AssertionError ERR_ASSERTION \"The input did not match the regular expression /x/. Input:\\n\\n'Error: t'\\n\" rejects true\nfunction returning null TypeError ERR_INVALID_RETURN_VALUE \"Expected instance of Promise to be returned from the \\\"promiseFn\\\" function but got null.\" undefined undefined\nfunction returning undefined TypeError ERR_INVALID_RETURN_VALUE \"Expected instance of Promise to be returned from the \\\"promiseFn\\\" function but got undefined.\" undefined undefined\nfunction returning fn TypeError ERR_INVALID_RETURN_VALUE \"Expected instance of Promise to be returned from the \\\"promiseFn\\\" function but got function .\" undefined undefined\ndnr class match AssertionError ERR_ASSERTION \"Got unwanted rejection.\\nActual message: \\\"bad\\\"\" doesNotReject false\ndnr class other TypeError undefined \"bad\" undefined undefined\ndnr message AssertionError ERR_ASSERTION \"Got unwanted rejection: mine\\nActual message: \\\"bad\\\"\" doesNotReject false\ndnr primitive AssertionError ERR_ASSERTION \"Got unwanted rejection.\\nActual message: \\\"undefined\\\"\" doesNotReject false\ndnr object matcher TypeError ERR_INVALID_ARG_TYPE \"The \\\"expected\\\" argument must be of type function or an instance of RegExp. Received an instance of Object\" undefined undefined\ndnr fn throws sync Error undefined \"s\" undefined undefined\nrejects bad error arg TypeError ERR_INVALID_ARG_TYPE \"The \\\"error\\\" argument must be of type function or an instance of Error, RegExp, or Object. Received type number (5)\" undefined undefined\n"
---*/
// assert.rejects / doesNotReject share throws's matchers and messages: classes, validation functions,
// RegExps, objects, "missing" texts with the class and message, thenables with catch, what a
// promiseFn may return.
const assert = require('assert');
const rej = (v) => Promise.reject(v);
(async () => {
  const cases = [
    ['class ok', () => assert.rejects(rej(new TypeError('a')), TypeError)],
    ['class mismatch', () => assert.rejects(rej(new TypeError('a')), RangeError)],
    ['validation false', () => assert.rejects(rej(new Error('a')), () => false)],
    ['object ok', () => assert.rejects(rej(new Error('a')), { message: 'a' })],
    ['object with regexp', () => assert.rejects(rej(new Error('abc')), { message: /b/ })],
    ['missing with class', () => assert.rejects(Promise.resolve(), TypeError)],
    ['missing with message', () => assert.rejects(Promise.resolve(), 'msg')],
    ['missing with class and message', () => assert.rejects(async () => {}, TypeError, 'msg')],
    ['thenable with catch', () => assert.rejects({ then(r, j) { j(new Error('t')); }, catch() {} }, /t/)],
    ['fn returning thenable with catch', () => assert.rejects(() => ({ then(r, j) { j(new Error('t')); }, catch() {} }), /x/)],
    ['function returning null', () => assert.rejects(() => null)],
    ['function returning undefined', () => assert.rejects(() => undefined)],
    ['function returning fn', () => assert.rejects(() => () => {})],
    ['dnr class match', () => assert.doesNotReject(rej(new TypeError('bad')), TypeError)],
    ['dnr class other', () => assert.doesNotReject(rej(new TypeError('bad')), RangeError)],
    ['dnr message', () => assert.doesNotReject(rej(new TypeError('bad')), 'mine')],
    ['dnr primitive', () => assert.doesNotReject(rej(3))],
    ['dnr object matcher', () => assert.doesNotReject(rej(3), { a: 1 })],
    ['dnr fn throws sync', () => assert.doesNotReject(() => { throw new Error('s'); })],
    ['rejects bad error arg', () => assert.rejects(rej(new Error('a')), 5)],
  ];
  for (const [name, f] of cases) {
    const p = f();
    try { await p; console.log(name, 'resolved'); } catch (e) {
      console.log(name, e.name, e.code, JSON.stringify(e.message), e.operator, e.generatedMessage);
    }
  }
})();
