/*---
description = "assert.throws with an object or error matcher: the Comparison diff of the compared keys, RegExp values shown as the matched string, primitives thrown, user messages"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Comparison {\\n+   message: 'abc'\\n-   message: 'abd'\\n  }\" true throws true true\nno throw\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Comparison {\\n    code: 404,\\n-   foo: undefined,\\n    message: 'Wrong value',\\n    name: 'TypeError'\\n  }\" true throws true true\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Comparison {\\n+   code: 404,\\n-   code: '404',\\n-   foo: undefined,\\n    message: 'Wrong value',\\n    name: 'TypeError'\\n  }\" true throws true true\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Comparison {\\n+   message: 'foobar',\\n-   message: /fooa/,\\n    name: 'TypeError'\\n  }\" true throws true true\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Comparison {\\n    message: 'e',\\n+   name: 'TypeError'\\n-   name: 'Error'\\n  }\" true throws true true\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Comparison {\\n+   message: 'foo',\\n-   message: '',\\n    name: 'Error'\\n  }\" true throws true true\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n  Comparison {\\n    info: {\\n      a: [\\n        1,\\n+       2\\n-       3\\n      ]\\n    }\\n  }\" true throws true true\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n+ null\\n- {\\n-   message: 'foo'\\n- }\" true throws true true\n\"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n+ 1\\n- {\\n-   a: 1\\n- }\" true throws true true\n\"message\\n+ actual - expected\\n\\n+ 'foobar'\\n- {\\n-   message: 'foobar'\\n- }\" false throws true true\n\"foobar\" false throws true true\n"
---*/
// assert.throws with an object (or error) as the matcher: a key that differs fails with the
// diff of the compared keys only (a `Comparison`), where a matching RegExp shows the string.
const assert = require('assert');
function show(fn) {
  try { fn(); console.log('no throw'); } catch (e) {
    console.log(JSON.stringify(e.message), e.generatedMessage, e.operator, e.actual === thrown, e.expected === matcher);
  }
}
let thrown;
let matcher;
function check(value, expected, message) {
  thrown = value;
  matcher = expected;
  show(() => assert.throws(() => { throw value; }, expected, message));
}
const withCode = (message, code) => Object.assign(new TypeError(message), { code });
check(new Error('abc'), { message: 'abd' });
check(withCode('Wrong value', 404), { name: 'TypeError', message: 'Wrong value', code: 404 });
check(withCode('Wrong value', 404), { name: 'TypeError', message: 'Wrong value', code: 404, foo: undefined });
check(withCode('Wrong value', 404), { name: 'TypeError', message: 'Wrong value', code: '404', foo: undefined });
check(new TypeError('foobar'), { message: /fooa/, name: /^TypeError$/ });
check(new TypeError('e'), new Error('e'));
check(new Error('foo'), new Error(''));
check(Object.assign(new Error('a'), { info: { a: [1, 2] } }), { info: { a: [1, 3] } });
check(null, { message: 'foo' });
check(1, { a: 1 });
check('foobar', { message: 'foobar' }, 'message');
check(new Error(), { foo: 'bar' }, 'foobar');
