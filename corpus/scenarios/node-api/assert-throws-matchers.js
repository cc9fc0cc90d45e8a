/*---
description = "assert.throws/doesNotThrow matchers (class, validation function, RegExp, object, error) with Node's messages, match/doesNotMatch, the plain operators' one-line messages, argument errors and AssertionError's own properties"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "throws, not a function | TypeError ERR_INVALID_ARG_TYPE \"The \\\"fn\\\" argument must be of type function. Received type number (1)\" undefined undefined undefined\nthrows, nothing thrown | AssertionError ERR_ASSERTION \"Missing expected exception.\" false throws undefined\nthrows, nothing thrown, message | AssertionError ERR_ASSERTION \"Missing expected exception: msg\" false throws undefined\nthrows, nothing thrown, class | AssertionError ERR_ASSERTION \"Missing expected exception (TypeError).\" false throws undefined\nthrows, nothing thrown, class and message | AssertionError ERR_ASSERTION \"Missing expected exception (TypeError): msg\" false throws undefined\nthrows, nothing thrown, object | AssertionError ERR_ASSERTION \"Missing expected exception (X).\" false throws undefined\nthrows, class matches passes\nthrows, subclass passes\nthrows, other class | AssertionError ERR_ASSERTION \"The error is expected to be an instance of \\\"ES6Error\\\". Received \\\"AnotherError\\\"\\n\\nError message:\\n\\nfoo\" true throws object\nthrows, same name, other class | AssertionError ERR_ASSERTION \"The error is expected to be an instance of \\\"TypeError\\\". Received an error with identical name but a different prototype.\\n\\nError message:\\n\\na\" true throws object\nthrows, class vs primitive | AssertionError ERR_ASSERTION \"The error is expected to be an instance of \\\"RangeError\\\". Received \\\"1\\\"\" true throws number\nthrows, class vs plain object | AssertionError ERR_ASSERTION \"The error is expected to be an instance of \\\"RangeError\\\". Received \\\"[Object]\\\"\" true throws object\nthrows, class vs error without message | AssertionError ERR_ASSERTION \"The error is expected to be an instance of \\\"RangeError\\\". Received \\\"TypeError\\\"\" true throws object\nthrows, other class, own message | AssertionError ERR_ASSERTION \"mine\" false throws object\nthrows, non-error class | AssertionError ERR_ASSERTION \"The \\\"Array\\\" validation function is expected to return \\\"true\\\". Received [ {} ]\" true throws object\nthrows, validation true passes\nthrows, validation false | AssertionError ERR_ASSERTION \"The validation function is expected to return \\\"true\\\". Received false\\n\\nCaught error:\\n\\nError: a\" true throws object\nthrows, named validation | AssertionError ERR_ASSERTION \"The \\\"check\\\" validation function is expected to return \\\"true\\\". Received 1\\n\\nCaught error:\\n\\nError: a\" true throws object\nthrows, validation of a string | AssertionError ERR_ASSERTION \"The validation function is expected to return \\\"true\\\". Received undefined\" true throws string\nthrows, validation throws | Error undefined \"inner\" undefined undefined undefined\nthrows, validation with own message | AssertionError ERR_ASSERTION \"mine\" false throws object\nthrows, regexp matches passes\nthrows, regexp fails | AssertionError ERR_ASSERTION \"The input did not match the regular expression /x/. Input:\\n\\n'Error: abc'\\n\" true throws object\nthrows, regexp fails, own message | AssertionError ERR_ASSERTION \"mine\" false throws object\nthrows, regexp on a symbol | AssertionError ERR_ASSERTION \"The input did not match the regular expression /abc/. Input:\\n\\n'Symbol(foo)'\\n\" true throws symbol\nthrows, regexp on undefined passes\nthrows, object matches passes\nthrows, object with regexps passes\nthrows, object with own message | AssertionError ERR_ASSERTION \"mine\" false throws object\nthrows, empty object | TypeError ERR_INVALID_ARG_VALUE \"The argument 'error' may not be an empty object. Received {}\" undefined undefined undefined\nthrows, error as matcher passes\nthrows, primitive vs object, own message | AssertionError ERR_ASSERTION \"mine\\n+ actual - expected\\n\\n+ 'x'\\n- {\\n-   a: 1\\n- }\" false throws string\nthrows, string matcher is the message passes\nthrows, ambiguous error message | TypeError ERR_AMBIGUOUS_ARGUMENT \"The \\\"error/message\\\" argument is ambiguous. The error message \\\"foo\\\" is identical to the message.\" undefined undefined undefined\nthrows, ambiguous thrown string | TypeError ERR_AMBIGUOUS_ARGUMENT \"The \\\"error/message\\\" argument is ambiguous. The error \\\"foo\\\" is identical to the message.\" undefined undefined undefined\nthrows, null thrown, string passes\nthrows, string and message | TypeError ERR_INVALID_ARG_TYPE \"The \\\"error\\\" argument must be of type function or an instance of Error, RegExp, or Object. Received type string ('Error message')\" undefined undefined undefined\nthrows, 1 as matcher | TypeError ERR_INVALID_ARG_TYPE \"The \\\"error\\\" argument must be of type function or an instance of Error, RegExp, or Object. Received type number (1)\" undefined undefined undefined\nthrows, false as matcher | TypeError ERR_INVALID_ARG_TYPE \"The \\\"error\\\" argument must be of type function or an instance of Error, RegExp, or Object. Received type boolean (false)\" undefined undefined undefined\nthrows, Symbol(s) as matcher | TypeError ERR_INVALID_ARG_TYPE \"The \\\"error\\\" argument must be of type function or an instance of Error, RegExp, or Object. Received type symbol (Symbol(s))\" undefined undefined undefined\nthrows, null matcher passes\ndoesNotThrow, nothing thrown passes\ndoesNotThrow, not a function | TypeError ERR_INVALID_ARG_TYPE \"The \\\"fn\\\" argument must be of type function. Received type string ('x')\" undefined undefined undefined\ndoesNotThrow, thrown | AssertionError ERR_ASSERTION \"Got unwanted exception.\\nActual message: \\\"bad\\\"\" false doesNotThrow object\ndoesNotThrow, thrown, message | AssertionError ERR_ASSERTION \"Got unwanted exception: mine\\nActual message: \\\"bad\\\"\" false doesNotThrow object\ndoesNotThrow, class matches | AssertionError ERR_ASSERTION \"Got unwanted exception.\\nActual message: \\\"bad\\\"\" false doesNotThrow object\ndoesNotThrow, class matches, message | AssertionError ERR_ASSERTION \"Got unwanted exception: mine\\nActual message: \\\"bad\\\"\" false doesNotThrow object\ndoesNotThrow, other class | TypeError undefined \"bad\" undefined undefined undefined\ndoesNotThrow, regexp matches | AssertionError ERR_ASSERTION \"Got unwanted exception.\\nActual message: \\\"bad\\\"\" false doesNotThrow object\ndoesNotThrow, regexp, message | AssertionError ERR_ASSERTION \"Got unwanted exception: mine\\nActual message: \\\"undefined\\\"\" false doesNotThrow object\ndoesNotThrow, regexp fails | TypeError undefined \"bad\" undefined undefined undefined\ndoesNotThrow, object matcher | TypeError ERR_INVALID_ARG_TYPE \"The \\\"expected\\\" argument must be of type function or an instance of RegExp. Received an instance of Object\" undefined undefined undefined\ndoesNotThrow, validation true | AssertionError ERR_ASSERTION \"Got unwanted exception.\\nActual message: \\\"bad\\\"\" false doesNotThrow object\ndoesNotThrow, validation false | TypeError undefined \"bad\" undefined undefined undefined\ndoesNotThrow, primitive thrown | AssertionError ERR_ASSERTION \"Got unwanted exception.\\nActual message: \\\"undefined\\\"\" false doesNotThrow number\ndoesNotThrow, undefined thrown | AssertionError ERR_ASSERTION \"Got unwanted exception.\\nActual message: \\\"undefined\\\"\" false doesNotThrow undefined\nmatch passes\nmatch fails | AssertionError ERR_ASSERTION \"The input did not match the regular expression /x/. Input:\\n\\n'abc'\\n\" true match string\nmatch, not a string | AssertionError ERR_ASSERTION \"The \\\"string\\\" argument must be of type string. Received type number (123)\" true match number\nmatch, message | AssertionError ERR_ASSERTION \"mine\" false match string\nmatch, error message | RangeError undefined \"r\" undefined undefined undefined\nmatch, not a regexp | TypeError ERR_INVALID_ARG_TYPE \"The \\\"regexp\\\" argument must be an instance of RegExp. Received type string ('x')\" undefined undefined undefined\ndoesNotMatch passes\ndoesNotMatch fails | AssertionError ERR_ASSERTION \"The input was expected to not match the regular expression /b/. Input:\\n\\n'abc'\\n\" true doesNotMatch string\ndoesNotMatch, not a string | AssertionError ERR_ASSERTION \"The \\\"string\\\" argument must be of type string. Received type object (null)\" true doesNotMatch object\nequal, one argument | TypeError ERR_MISSING_ARGS \"The \\\"actual\\\" and \\\"expected\\\" arguments must be specified\" undefined undefined undefined\nstrictEqual, no arguments | TypeError ERR_MISSING_ARGS \"The \\\"actual\\\" and \\\"expected\\\" arguments must be specified\" undefined undefined undefined\ndeepEqual, one argument | TypeError ERR_MISSING_ARGS \"The \\\"actual\\\" and \\\"expected\\\" arguments must be specified\" undefined undefined undefined\nequal NaN passes\nnotEqual NaN | AssertionError ERR_ASSERTION \"NaN != NaN\" true != number\nequal 2 \"2\" passes\nequal null undefined passes\nequal objects | AssertionError ERR_ASSERTION \"{} == {}\" true == object\nnotEqual 1 1 | AssertionError ERR_ASSERTION \"1 != 1\" true != number\nstrictEqual, error as message | TypeError undefined \"t\" undefined undefined undefined\nstrictEqual null undefined | AssertionError ERR_ASSERTION \"Expected values to be strictly equal:\\n+ actual - expected\\n\\n+ null\\n- undefined\" true strictEqual object\nstrictEqual 1 1n | AssertionError ERR_ASSERTION \"Expected values to be strictly equal:\\n\\n1 !== 1n\\n\" true strictEqual number\nstrictEqual NaN 0 | AssertionError ERR_ASSERTION \"Expected values to be strictly equal:\\n\\nNaN !== 0\\n\" true strictEqual number\nstrictEqual \"12345\" 12345 | AssertionError ERR_ASSERTION \"Expected values to be strictly equal:\\n\\n'12345' !== 12345\\n\" true strictEqual string\nstrictEqual 0 -0, message | AssertionError ERR_ASSERTION \"m\\n+ actual - expected\\n\\n+ 0\\n- -0\" false strictEqual number\nstrictEqual, long strings | AssertionError ERR_ASSERTION \"Expected values to be strictly equal:\\n+ actual - expected\\n\\n+ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'\\n- 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab'\" true strictEqual string\nstrictEqual, past 80 columns | AssertionError ERR_ASSERTION \"Expected values to be strictly equal:\\n+ actual - expected\\n\\n+ 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa'\\n- 'b'\" true strictEqual string\nstrictEqual, differ early | AssertionError ERR_ASSERTION \"Expected values to be strictly equal:\\n+ actual - expected\\n\\n+ 'test test'\\n- 'test foobar'\\n        ^\" true strictEqual string\nstrictEqual, differ at 2 | AssertionError ERR_ASSERTION \"Expected values to be strictly equal:\\n+ actual - expected\\n\\n+ 'abcdefgh'\\n- 'abXdefgh'\\n     ^\" true strictEqual string\nstrictEqual, functions | AssertionError ERR_ASSERTION \"Expected \\\"actual\\\" to be reference-equal to \\\"expected\\\":\\n+ actual - expected\\n\\n+ [Function: f]\\n- [Function: g]\" true strictEqual function\nstrictEqual, errors | AssertionError ERR_ASSERTION \"Expected \\\"actual\\\" to be reference-equal to \\\"expected\\\":\\n+ actual - expected\\n\\n+ [Error: foo]\\n- [Error: foobar]\" true strictEqual object\nstrictEqual, arrays | AssertionError ERR_ASSERTION \"Values have same structure but are not reference-equal:\\n\\n[]\\n\" true strictEqual object\nnotStrictEqual 2 2 | AssertionError ERR_ASSERTION \"Expected \\\"actual\\\" to be strictly unequal to: 2\" true notStrictEqual number\nnotStrictEqual, long | AssertionError ERR_ASSERTION \"Expected \\\"actual\\\" to be strictly unequal to:\\n\\n'a a a a a a a a a a a a a a a a a a a a a a a a a a a a a a '\" true notStrictEqual string\nnotStrictEqual, object | AssertionError ERR_ASSERTION \"Expected \\\"actual\\\" not to be reference-equal to \\\"expected\\\": {}\" true notStrictEqual object\ndeepStrictEqual 4 \"4\" | AssertionError ERR_ASSERTION \"Expected values to be strictly deep-equal:\\n\\n4 !== '4'\\n\" true deepStrictEqual number\ndeepStrictEqual true 1 | AssertionError ERR_ASSERTION \"Expected values to be strictly deep-equal:\\n\\ntrue !== 1\\n\" true deepStrictEqual boolean\ndeepStrictEqual regexps | AssertionError ERR_ASSERTION \"Expected values to be strictly deep-equal:\\n+ actual - expected\\n\\n+ /aa/gim\\n- /aa/im\\n      ^\" true deepStrictEqual object\ndeepEqual 1 2 | AssertionError ERR_ASSERTION \"Expected values to be loosely deep-equal:\\n\\n1\\n\\nshould loosely deep-equal\\n\\n2\" true deepEqual number\ndeepEqual, message | AssertionError ERR_ASSERTION \"mine\" false deepEqual number\nnotDeepEqual 1 true | AssertionError ERR_ASSERTION \"Expected values not to be loosely deep-equal:\\n\\n1\\n\\nshould not loosely deep-equal\\n\\ntrue\" true notDeepEqual number\nnotDeepEqual, message | AssertionError ERR_ASSERTION \"mine\" false notDeepEqual number\nok, error as message | TypeError undefined \"x\" undefined undefined undefined\nfail, error | TypeError undefined \"x\" undefined undefined undefined\nnew AssertionError(1) | TypeError ERR_INVALID_ARG_TYPE \"The \\\"options\\\" argument must be of type object. Received type number (1)\" undefined undefined undefined\nnew AssertionError(true) | TypeError ERR_INVALID_ARG_TYPE \"The \\\"options\\\" argument must be of type object. Received type boolean (true)\" undefined undefined undefined\nnew AssertionError('') | TypeError ERR_INVALID_ARG_TYPE \"The \\\"options\\\" argument must be of type object. Received type string ('')\" undefined undefined undefined\nnew AssertionError(null) | TypeError ERR_INVALID_ARG_TYPE \"The \\\"options\\\" argument must be of type object. Received null\" undefined undefined undefined\nnew AssertionError(Infinity) | TypeError ERR_INVALID_ARG_TYPE \"The \\\"options\\\" argument must be of type object. Received type number (Infinity)\" undefined undefined undefined\nnew AssertionError(Symbol(test)) | TypeError ERR_INVALID_ARG_TYPE \"The \\\"options\\\" argument must be of type object. Received type symbol (Symbol(test))\" undefined undefined undefined\nnew AssertionError(undefined) | TypeError ERR_INVALID_ARG_TYPE \"The \\\"options\\\" argument must be of type object. Received undefined\" undefined undefined undefined\nnew AssertionError([]) | TypeError ERR_INVALID_ARG_TYPE \"The \\\"options\\\" argument must be of type object. Received an instance of Array\" undefined undefined undefined\n\"1 foo 2\" true foo AssertionError [ERR_ASSERTION]: 1 foo 2\n\"x\\n\\n1 !== 2\\n\" false\n\"1 undefined 2\" true AssertionError [ERR_ASSERTION]: 1 undefined 2\nstack,message,generatedMessage,name,code,actual,expected,operator generatedMessage,code,actual,expected,operator AssertionError\nconstructor,toString 1\nmessage true b\n"
---*/
// assert.throws / doesNotThrow / match / doesNotMatch and the plain operators: how a thrown
// value is matched (class, validation function, RegExp, object or error with keys), the
// messages Node words for each failure, and the argument errors.
const assert = require('assert');
function show(name, fn) {
  try { fn(); console.log(name, 'passes'); } catch (e) {
    const actual = e.actual === undefined ? 'undefined' : typeof e.actual;
    console.log(name, '|', e.name, e.code, JSON.stringify(e.message), e.generatedMessage, e.operator, actual);
  }
}
const thrower = (value) => () => { throw value; };
class ES6Error extends Error {}
class AnotherError extends Error {}
show('throws, not a function', () => assert.throws(1));
show('throws, nothing thrown', () => assert.throws(() => {}));
show('throws, nothing thrown, message', () => assert.throws(() => {}, 'msg'));
show('throws, nothing thrown, class', () => assert.throws(() => {}, TypeError));
show('throws, nothing thrown, class and message', () => assert.throws(() => {}, TypeError, 'msg'));
show('throws, nothing thrown, object', () => assert.throws(() => {}, { name: 'X' }));
show('throws, class matches', () => assert.throws(thrower(new TypeError('a')), TypeError));
show('throws, subclass', () => assert.throws(thrower(new ES6Error('a')), Error));
show('throws, other class', () => assert.throws(thrower(new AnotherError('foo')), ES6Error));
show('throws, same name, other class', () => {
  class TypeError extends Error {}
  assert.throws(thrower(new globalThis.TypeError('a')), TypeError);
});
show('throws, class vs primitive', () => assert.throws(thrower(1), RangeError));
show('throws, class vs plain object', () => assert.throws(thrower({ a: 1 }), RangeError));
show('throws, class vs error without message', () => assert.throws(thrower(new TypeError('')), RangeError));
show('throws, other class, own message', () => assert.throws(thrower(new TypeError('a')), RangeError, 'mine'));
show('throws, non-error class', () => assert.throws(thrower({}), Array));
show('throws, validation true', () => assert.throws(thrower(new Error('a')), (e) => e.message === 'a'));
show('throws, validation false', () => assert.throws(thrower(new Error('a')), (e) => e.message === 'b'));
show('throws, named validation', () => assert.throws(thrower(new Error('a')), function check() { return 1; }));
show('throws, validation of a string', () => assert.throws(thrower('str'), () => undefined));
show('throws, validation throws', () => assert.throws(thrower(new Error('a')), () => { throw new Error('inner'); }));
show('throws, validation with own message', () => assert.throws(thrower(new Error('a')), () => false, 'mine'));
show('throws, regexp matches', () => assert.throws(thrower(new Error('abc')), /b/));
show('throws, regexp fails', () => assert.throws(thrower(new Error('abc')), /x/));
show('throws, regexp fails, own message', () => assert.throws(thrower(new Error('abc')), /x/, 'mine'));
show('throws, regexp on a symbol', () => assert.throws(thrower(Symbol('foo')), /abc/));
show('throws, regexp on undefined', () => assert.throws(thrower(undefined), /undefined/));
show('throws, object matches', () => assert.throws(thrower(new Error('abc')), { message: 'abc' }));
show('throws, object with regexps', () => assert.throws(thrower(new TypeError('foobar')), { message: /foo/, name: /^TypeError$/ }));
show('throws, object with own message', () => assert.throws(thrower(new Error('abc')), { message: 'abd' }, 'mine'));
show('throws, empty object', () => assert.throws(thrower(new Error('abc')), {}));
show('throws, error as matcher', () => assert.throws(thrower(new Error('e')), new Error('e')));
show('throws, primitive vs object, own message', () => assert.throws(thrower('x'), { a: 1 }, 'mine'));
show('throws, string matcher is the message', () => assert.throws(thrower(new Error('x')), 'abc'));
show('throws, ambiguous error message', () => assert.throws(thrower(new TypeError('foo')), 'foo'));
show('throws, ambiguous thrown string', () => assert.throws(thrower('foo'), 'foo'));
show('throws, null thrown, string', () => assert.throws(thrower(null), 'foo'));
show('throws, string and message', () => assert.throws(() => {}, 'Error message', 'message'));
for (const bad of [1, false, Symbol('s')]) show(`throws, ${String(bad)} as matcher`, () => assert.throws(() => {}, bad));
show('throws, null matcher', () => assert.throws(thrower(new Error('x')), null));
show('doesNotThrow, nothing thrown', () => assert.doesNotThrow(() => {}));
show('doesNotThrow, not a function', () => assert.doesNotThrow('x'));
show('doesNotThrow, thrown', () => assert.doesNotThrow(thrower(new Error('bad'))));
show('doesNotThrow, thrown, message', () => assert.doesNotThrow(thrower(new Error('bad')), 'mine'));
show('doesNotThrow, class matches', () => assert.doesNotThrow(thrower(new TypeError('bad')), TypeError));
show('doesNotThrow, class matches, message', () => assert.doesNotThrow(thrower(new TypeError('bad')), TypeError, 'mine'));
show('doesNotThrow, other class', () => assert.doesNotThrow(thrower(new TypeError('bad')), RangeError));
show('doesNotThrow, regexp matches', () => assert.doesNotThrow(thrower(new TypeError('bad')), /bad/));
show('doesNotThrow, regexp, message', () => assert.doesNotThrow(thrower({}), /\[object Object\]/g, 'mine'));
show('doesNotThrow, regexp fails', () => assert.doesNotThrow(thrower(new TypeError('bad')), /good/));
show('doesNotThrow, object matcher', () => assert.doesNotThrow(thrower(new TypeError('bad')), { a: 1 }));
show('doesNotThrow, validation true', () => assert.doesNotThrow(thrower(new TypeError('bad')), () => true));
show('doesNotThrow, validation false', () => assert.doesNotThrow(thrower(new TypeError('bad')), () => false));
show('doesNotThrow, primitive thrown', () => assert.doesNotThrow(thrower(5)));
show('doesNotThrow, undefined thrown', () => assert.doesNotThrow(thrower(undefined)));
show('match', () => assert.match('abc', /b/));
show('match fails', () => assert.match('abc', /x/));
show('match, not a string', () => assert.match(123, /x/));
show('match, message', () => assert.match('abc', /x/, 'mine'));
show('match, error message', () => assert.match('abc', /x/, new RangeError('r')));
show('match, not a regexp', () => assert.match('abc', 'x'));
show('doesNotMatch', () => assert.doesNotMatch('abc', /x/));
show('doesNotMatch fails', () => assert.doesNotMatch('abc', /b/));
show('doesNotMatch, not a string', () => assert.doesNotMatch(null, /b/));
show('equal, one argument', () => assert.equal(1));
show('strictEqual, no arguments', () => assert.strictEqual());
show('deepEqual, one argument', () => assert.deepEqual({}));
show('equal NaN', () => assert.equal(NaN, NaN));
show('notEqual NaN', () => assert.notEqual(NaN, NaN));
show('equal 2 "2"', () => assert.equal(2, '2'));
show('equal null undefined', () => assert.equal(null, undefined));
show('equal objects', () => assert.equal({}, {}));
show('notEqual 1 1', () => assert.notEqual(1, 1));
show('strictEqual, error as message', () => assert.strictEqual(1, 2, new TypeError('t')));
show('strictEqual null undefined', () => assert.strictEqual(null, undefined));
show('strictEqual 1 1n', () => assert.strictEqual(1, 1n));
show('strictEqual NaN 0', () => assert.strictEqual(NaN, 0));
show('strictEqual "12345" 12345', () => assert.strictEqual('12345', 12345));
show('strictEqual 0 -0, message', () => assert.strictEqual(0, -0, 'm'));
show('strictEqual, long strings', () => assert.strictEqual('a'.repeat(50), `${'a'.repeat(49)}b`));
show('strictEqual, past 80 columns', () => assert.strictEqual('a'.repeat(90), 'b'));
show('strictEqual, differ early', () => assert.strictEqual('test test', 'test foobar'));
show('strictEqual, differ at 2', () => assert.strictEqual('abcdefgh', 'abXdefgh'));
show('strictEqual, functions', () => assert.strictEqual(function f() {}, function g() {}));
show('strictEqual, errors', () => assert.strictEqual(new Error('foo'), new Error('foobar')));
show('strictEqual, arrays', () => assert.strictEqual([], []));
show('notStrictEqual 2 2', () => assert.notStrictEqual(2, 2));
show('notStrictEqual, long', () => assert.notStrictEqual('a '.repeat(30), 'a '.repeat(30)));
show('notStrictEqual, object', () => { const o = {}; assert.notStrictEqual(o, o); });
show('deepStrictEqual 4 "4"', () => assert.deepStrictEqual(4, '4'));
show('deepStrictEqual true 1', () => assert.deepStrictEqual(true, 1));
show('deepStrictEqual regexps', () => assert.deepStrictEqual(/aa/igm, /aa/im));
show('deepEqual 1 2', () => assert.deepEqual(1, 2));
show('deepEqual, message', () => assert.deepEqual(1, 2, 'mine'));
show('notDeepEqual 1 true', () => assert.notDeepEqual(1, true));
show('notDeepEqual, message', () => assert.notDeepEqual(1, 1, 'mine'));
show('ok, error as message', () => assert.ok(0, new TypeError('x')));
show('fail, error', () => assert.fail(new TypeError('x')));
for (const bad of [1, true, '', null, Infinity, Symbol('test'), undefined, []]) {
  show(`new AssertionError(${require('util').inspect(bad)})`, () => new assert.AssertionError(bad));
}
const custom = new assert.AssertionError({ actual: 1, expected: 2, operator: 'foo' });
console.log(JSON.stringify(custom.message), custom.generatedMessage, custom.operator, String(custom));
const withMessage = new assert.AssertionError({ message: 'x', actual: 1, expected: 2, operator: 'strictEqual' });
console.log(JSON.stringify(withMessage.message), withMessage.generatedMessage);
const noOperator = new assert.AssertionError({ actual: 1, expected: 2 });
console.log(JSON.stringify(noOperator.message), noOperator.generatedMessage, noOperator.stack.split('\n')[0]);
console.log(Object.getOwnPropertyNames(custom).join(), Object.keys(custom).join(), custom.name);
console.log(Object.getOwnPropertyNames(assert.AssertionError.prototype).join(), assert.AssertionError.length);
try { assert.deepStrictEqual(new Error('a'), new Error('b')); } catch (e) {
  console.log(Object.getOwnPropertyNames(e.actual).join(), e.actual instanceof Error, e.expected.message);
}
