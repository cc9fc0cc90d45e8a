// assert.js — `require('assert')`: Node 20's assert, its messages and AssertionError.
'use strict';

const { ObjectDefineProperty } = primordials;
const { describeReceived, invalidArgType } = require('internal/errors');
const { inspect } = require('internal/util/inspect');
const { validateFunction } = require('internal/validators');

// Own properties in Node's order; the name is not enumerable, and the stack's first line
// reads `AssertionError [ERR_ASSERTION]: …`.
class AssertionError extends Error {
  constructor(options) {
    super(options.message);
    this.generatedMessage = !options.userMessage;
    this.code = 'ERR_ASSERTION';
    this.actual = options.actual;
    this.expected = options.expected;
    this.operator = options.operator;
    ObjectDefineProperty(this, 'stack', {
      value: String(this.stack).replace(/^Error/, 'AssertionError [ERR_ASSERTION]'), writable: true, configurable: true,
    });
  }
}
ObjectDefineProperty(AssertionError.prototype, 'name', { value: 'AssertionError', writable: true, configurable: true });
function isDeepEqual(a, b, strict) {
  if (strict ? Object.is(a, b) : (a == b || (a !== a && b !== b))) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof Map && b instanceof Map) {
    if (a.size !== b.size) return false;
    for (const [k, v] of a) if (!b.has(k) || !isDeepEqual(v, b.get(k), strict)) return false;
    return true;
  }
  if (a instanceof Set && b instanceof Set) {
    if (a.size !== b.size) return false;
    for (const v of a) if (!b.has(v)) return false;
    return true;
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (const k of ka) if (!Object.prototype.hasOwnProperty.call(b, k) || !isDeepEqual(a[k], b[k], strict)) return false;
  return true;
}
function makeAssert() {
  // Throws AssertionError; `generated` tells whether Node counts the message as its own.
  function raise(actual, expected, operator, message, generated, stackStartFn) {
    const err = new AssertionError({ actual, expected, operator, message, userMessage: !generated });
    if (stackStartFn !== undefined) Error.captureStackTrace(err, stackStartFn);
    throw err;
  }
  // A user's message wins (an Error is thrown as it is); else Node's own.
  function check(ok, actual, expected, operator, userMessage, own) {
    if (ok) return;
    if (userMessage instanceof Error) throw userMessage;
    if (userMessage !== undefined) raise(actual, expected, operator, `${userMessage}`, false);
    raise(actual, expected, operator, own(), true);
  }
  function assert(...args) { ok(...args); }
  function ok(value, message) {
    if (arguments.length === 0) raise(undefined, true, '==', 'No value argument passed to `assert.ok()`', true);
    check(value, value, true, '==', message, () => 'The expression evaluated to a falsy value');
  }
  const oneLine = (v) => !inspect(v).includes('\n');
  const strict = {
    equal: (a, b, m) => {
      if (Object.is(a, b)) return;
      const shown = `${inspect(a)} !== ${inspect(b)}\n`;
      if (m instanceof Error) throw m;
      // Node 20 adds the comparison to a user's message when it fits on a line.
      if (m !== undefined) raise(a, b, 'strictEqual', oneLine(a) && oneLine(b) ? `${m}\n\n${shown}` : `${m}`, false);
      raise(a, b, 'strictEqual', `Expected values to be strictly equal:\n\n${shown}`, true);
    },
    notEqual: (a, b, m) => check(!Object.is(a, b), a, b, 'notStrictEqual', m, () => `Expected "actual" to be strictly unequal to: ${inspect(b)}`),
    deepEqual: (a, b, m) => check(isDeepEqual(a, b, true), a, b, 'deepStrictEqual', m, () => 'Expected values to be strictly deep-equal:'),
    notDeepEqual: (a, b, m) => check(!isDeepEqual(a, b, true), a, b, 'notDeepStrictEqual', m,
      () => `Expected "actual" not to be strictly deep-equal to: ${inspect(b)}`),
  };
  assert.ok = ok;
  assert.AssertionError = AssertionError;
  assert.fail = function fail(message) {
    if (message instanceof Error) throw message;
    raise(undefined, undefined, 'fail', arguments.length === 0 ? 'Failed' : `${message}`, arguments.length === 0);
  };
  assert.equal = (a, b, m) => check(a == b || (a !== a && b !== b), a, b, '==', m, () => `${inspect(a)} == ${inspect(b)}`);
  assert.notEqual = (a, b, m) => check(!(a == b || (a !== a && b !== b)), a, b, '!=', m, () => `${inspect(a)} != ${inspect(b)}`);
  assert.strictEqual = strict.equal;
  assert.notStrictEqual = strict.notEqual;
  assert.deepEqual = (a, b, m) => check(isDeepEqual(a, b, false), a, b, 'deepEqual', m,
    () => `Expected values to be loosely deep-equal:\n\n${inspect(a)}\n\nshould loosely deep-equal\n\n${inspect(b)}`);
  assert.notDeepEqual = (a, b, m) => check(!isDeepEqual(a, b, false), a, b, 'notDeepEqual', m,
    () => `Expected "actual" not to be loosely deep-equal to: ${inspect(b)}`);
  assert.deepStrictEqual = strict.deepEqual;
  assert.notDeepStrictEqual = strict.notDeepEqual;
  // Whether a thrown (or rejected) value is the expected one; a mismatch is an error of
  // its own, or the original value thrown again, as Node does.
  function matches(actual, expected, operator, message, fn) {
    if (expected === undefined) return;
    if (expected instanceof RegExp) {
      const text = String(actual);
      if (expected.test(text)) return;
      if (message !== undefined) raise(actual, expected, operator, `${message}`, false, fn);
      raise(actual, expected, operator, `The input did not match the regular expression ${expected}. Input:\n\n${inspect(text)}\n`, true, fn);
    }
    if (typeof expected === 'function') {
      if (expected.prototype !== undefined && actual instanceof expected) return;
      if (Error.isPrototypeOf(expected) || expected === Error) throw actual;
      if (expected.call({}, actual) === true) return;
      throw actual;
    }
    if (expected !== null && typeof expected === 'object') {
      for (const key of Object.keys(expected)) {
        const want = expected[key];
        const have = actual === null || actual === undefined ? undefined : actual[key];
        const same = want instanceof RegExp && typeof have === 'string' ? want.test(have) : isDeepEqual(have, want, true);
        if (!same) {
          if (message !== undefined) raise(actual, expected, operator, `${message}`, false, fn);
          raise(actual, expected, operator, `Expected values to be strictly deep-equal:\n${inspect(have)} !== ${inspect(want)}`, true, fn);
        }
      }
    }
  }
  function expectedName(expected) {
    return typeof expected === 'function' && expected.name ? ` (${expected.name})` : '';
  }
  function missing(kind, expected, message, operator, fn) {
    if (typeof expected === 'string') { message = expected; expected = undefined; }
    const text = `Missing expected ${kind}${expectedName(expected)}${message !== undefined ? `: ${message}` : '.'}`;
    raise(undefined, expected, operator, text, false, fn);
  }
  function unwanted(kind, actual, message, operator, fn) {
    const detail = actual && actual.message !== undefined ? actual.message : inspect(actual);
    const head = message !== undefined && typeof message !== 'function' && !(message instanceof RegExp) ? `Got unwanted ${kind}: ${message}` : `Got unwanted ${kind}.`;
    raise(actual, undefined, operator, `${head}\nActual message: "${detail}"`, false, fn);
  }
  assert.throws = function throws(fn, expected, message) {
    validateFunction(fn, 'fn');
    try { fn(); } catch (e) {
      if (typeof expected === 'string') throw e;
      matches(e, expected, 'throws', message, throws);
      return;
    }
    missing('exception', expected, message, 'throws', throws);
  };
  assert.doesNotThrow = function doesNotThrow(fn, expected, message) {
    validateFunction(fn, 'fn');
    try { fn(); } catch (e) {
      if (typeof expected === 'string') { message = expected; expected = undefined; }
      if (typeof expected === 'function' && expected.prototype !== undefined && !(e instanceof expected)) throw e;
      unwanted('exception', e, message, 'doesNotThrow', doesNotThrow);
    }
  };
  async function settle(promiseFn) {
    const p = typeof promiseFn === 'function' ? promiseFn() : promiseFn;
    return p;
  }
  assert.rejects = async function rejects(promiseFn, expected, message) {
    try { await settle(promiseFn); } catch (e) {
      if (typeof expected === 'string') throw e;
      matches(e, expected, 'rejects', message, rejects);
      return;
    }
    missing('rejection', expected, message, 'rejects', rejects);
  };
  assert.doesNotReject = async function doesNotReject(promiseFn, expected, message) {
    try { await settle(promiseFn); } catch (e) {
      if (typeof expected === 'string') { message = expected; expected = undefined; }
      unwanted('rejection', e, message, 'doesNotReject', doesNotReject);
    }
  };
  assert.ifError = function ifError(value) {
    if (value === null || value === undefined) return;
    const shown = value !== null && typeof value === 'object' && typeof value.message === 'string' ? value.message : inspect(value);
    raise(value, null, 'ifError', `ifError got unwanted exception: ${shown}`, false, ifError);
  };
  function regexpCheck(string, regexp, message, operator, wantMatch) {
    if (!(regexp instanceof RegExp)) {
      throw invalidArgType('regexp', 'RegExp', regexp);
    }
    if (typeof string === 'string' && regexp.test(string) === wantMatch) return;
    if (message instanceof Error) throw message;
    if (message !== undefined) raise(string, regexp, operator, `${message}`, false);
    const own = typeof string !== 'string'
      ? `The "string" argument must be of type string.${describeReceived(string)}`
      : wantMatch
        ? `The input did not match the regular expression ${regexp}. Input:\n\n${inspect(string)}\n`
        : `The input was expected to not match the regular expression ${regexp}. Input:\n\n${inspect(string)}\n`;
    raise(string, regexp, operator, own, true);
  }
  assert.match = (string, regexp, message) => regexpCheck(string, regexp, message, 'match', true);
  assert.doesNotMatch = (string, regexp, message) => regexpCheck(string, regexp, message, 'doesNotMatch', false);
  // assert.strict: the same module with the strict comparisons under the loose names.
  const strictAssert = (...args) => ok(...args);
  Object.assign(strictAssert, assert, {
    equal: strict.equal, notEqual: strict.notEqual, deepEqual: strict.deepEqual, notDeepEqual: strict.notDeepEqual,
  });
  strictAssert.strict = strictAssert;
  assert.strict = strictAssert;
  return assert;
}

module.exports = makeAssert();
// Not part of `require('assert')`: deep equality, for util.isDeepStrictEqual.
ObjectDefineProperty(module.exports, 'isDeepEqual', { value: isDeepEqual });
