/*---
description = "assert.rejects/doesNotReject: argument checks (ERR_INVALID_ARG_TYPE, ERR_INVALID_RETURN_VALUE) and rejection messages"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "rejects 1 true\n  TypeError ERR_INVALID_ARG_TYPE \"The \\\"promiseFn\\\" argument must be of type function or an instance of Promise. Received type number (1)\"\nrejects str true\n  TypeError ERR_INVALID_ARG_TYPE \"The \\\"promiseFn\\\" argument must be of type function or an instance of Promise. Received type string ('x')\"\nrejects null true\n  TypeError ERR_INVALID_ARG_TYPE \"The \\\"promiseFn\\\" argument must be of type function or an instance of Promise. Received null\"\nrejects fn non-promise true\n  TypeError ERR_INVALID_RETURN_VALUE \"Expected instance of Promise to be returned from the \\\"promiseFn\\\" function but got type number (1).\"\nrejects fn thenable without catch true\n  TypeError ERR_INVALID_RETURN_VALUE \"Expected instance of Promise to be returned from the \\\"promiseFn\\\" function but got an instance of Object.\"\nrejects async fn resolves true\n  AssertionError ERR_ASSERTION \"Missing expected rejection.\"\nrejects promise resolves true\n  AssertionError ERR_ASSERTION \"Missing expected rejection.\"\nrejects fn throws sync true\n  Error undefined \"sync\"\nrejects matches true\n  resolved\nrejects no match true\n  AssertionError ERR_ASSERTION \"The input did not match the regular expression /y/. Input:\\n\\n'Error: x'\\n\"\nrejects expected string true\n  TypeError ERR_AMBIGUOUS_ARGUMENT \"The \\\"error/message\\\" argument is ambiguous. The error message \\\"x\\\" is identical to the message.\"\ndoesNotReject 1 true\n  TypeError ERR_INVALID_ARG_TYPE \"The \\\"promiseFn\\\" argument must be of type function or an instance of Promise. Received type number (1)\"\ndoesNotReject fn non-promise true\n  TypeError ERR_INVALID_RETURN_VALUE \"Expected instance of Promise to be returned from the \\\"promiseFn\\\" function but got type string ('v').\"\ndoesNotReject rejects true\n  AssertionError ERR_ASSERTION \"Got unwanted rejection.\\nActual message: \\\"bad\\\"\"\ndoesNotReject resolves true\n  resolved\n"
---*/
const assert = require('assert');
(async () => {
  for (const [name, f] of [
    ['rejects 1', () => assert.rejects(1)],
    ['rejects str', () => assert.rejects('x')],
    ['rejects null', () => assert.rejects(null)],
    ['rejects fn non-promise', () => assert.rejects(() => 1)],
    ['rejects fn thenable without catch', () => assert.rejects(() => ({ then() {} }))],
    ['rejects async fn resolves', () => assert.rejects(async () => 1)],
    ['rejects promise resolves', () => assert.rejects(Promise.resolve(1))],
    ['rejects fn throws sync', () => assert.rejects(() => { throw new Error('sync'); })],
    ['rejects matches', () => assert.rejects(Promise.reject(new Error('x')), /x/)],
    ['rejects no match', () => assert.rejects(Promise.reject(new Error('x')), /y/)],
    ['rejects expected string', () => assert.rejects(Promise.reject(new Error('x')), 'x')],
    ['doesNotReject 1', () => assert.doesNotReject(1)],
    ['doesNotReject fn non-promise', () => assert.doesNotReject(() => 'v')],
    ['doesNotReject rejects', () => assert.doesNotReject(Promise.reject(new Error('bad')))],
    ['doesNotReject resolves', () => assert.doesNotReject(Promise.resolve(1))],
  ]) {
    let p;
    try { p = f(); } catch (e) { console.log(name, 'sync throw', e.code); continue; }
    console.log(name, p instanceof Promise);
    try { await p; console.log('  resolved'); } catch (e) { console.log(' ', e.name, e.code, JSON.stringify(e.message)); }
  }
})();
