// internal/errors.js - Node's errors, declared once: the Node-style error factory (`TypeError [CODE]: ...`), the
// wording of ERR_INVALID_ARG_TYPE's "Received ...", ERR_OUT_OF_RANGE, libuv-style errors.
'use strict';

const {
  ArrayIsArray, ArrayPrototypeIncludes, ArrayPrototypeIndexOf, ArrayPrototypeJoin, ArrayPrototypePush, ArrayPrototypeSlice,
  ArrayPrototypeSplice, RegExpPrototypeExec, StringPrototypeEndsWith, StringPrototypeIncludes, StringPrototypeSplit,
  StringPrototypeStartsWith, StringPrototypeToLowerCase,
} = primordials;
const { ObjectCreate, ObjectDefineProperty, ObjectSetPrototypeOf, SafeMap } = primordials;
const { ObjectGetOwnPropertyDescriptor, ObjectIsExtensible, ObjectPrototypeHasOwnProperty, StringPrototypeSlice } = primordials;
const { inspect } = require('internal/util/inspect');
// What Node's error classes add between an error and Base.prototype: a toString that shows
// the code, `TypeError [CODE]: message` (assert.throws matches a RegExp against it). One per
// Base and code, made on first use.
const nodeErrorPrototypes = new SafeMap();
function nodeErrorPrototype(Base, code) {
  const key = `${Base.prototype.name} ${code}`;
  let proto = nodeErrorPrototypes.get(key);
  if (proto === undefined) {
    proto = ObjectCreate(Base.prototype, {
      toString: { __proto__: null, value: function toString() { return `${this.name} [${code}]: ${this.message}`; }, writable: true, configurable: true },
    });
    nodeErrorPrototypes.set(key, proto);
  }
  return proto;
}
function makeNodeError(Base, code, message) {
  // Room for the helper frames hidden below, so that a low Error.stackTraceLimit still shows
  // the user's frames (the limit is applied again after hiding).
  const limit = Error.stackTraceLimit;
  const roomy = typeof limit === 'number' && limit >= 0 && limit < 1e6;
  if (roomy) Error.stackTraceLimit = limit + 16;
  let err;
  try {
    err = new Base(message);
  } finally {
    if (roomy) Error.stackTraceLimit = limit;
  }
  ObjectSetPrototypeOf(err, nodeErrorPrototype(Base, code));
  ObjectDefineProperty(err, 'code', { value: code, enumerable: true, writable: true, configurable: true });
  const name = Base.prototype.name;
  // Node shows the code in the error's name line: "TypeError [CODE]: message".
  ObjectDefineProperty(err, 'stack', {
    value: hideHelperFrames(String(err.stack).replace(name + ':', `${name} [${code}]:`), roomy ? limit : Infinity),
    writable: true, configurable: true,
  });
  return err;
}
// The frames of the error helpers and validators that made an error, at the top of its stack,
// are not shown (Node's hideStackFrames): the stack starts at the function that found the
// problem.
function hideHelperFrames(stack, limit) {
  const lines = StringPrototypeSplit(stack, '\n');
  let first = 0;
  while (first < lines.length && !StringPrototypeStartsWith(lines[first], '    at ')) first++;
  let end = first;
  while (end < lines.length && (StringPrototypeIncludes(lines[end], 'node:internal/errors:') ||
         StringPrototypeIncludes(lines[end], 'node:internal/validators:'))) end++;
  ArrayPrototypeSplice(lines, first, end - first);
  if (lines.length - first > limit) ArrayPrototypeSplice(lines, first + limit);
  return ArrayPrototypeJoin(lines, '\n');
}
function describeReceived(value) {
  if (value == null) return ` Received ${value}`;
  if (typeof value === 'function') return ` Received function ${value.name}`;
  if (typeof value === 'object') {
    const ctor = value.constructor && value.constructor.name;
    return ctor ? ` Received an instance of ${ctor}` : ` Received ${inspect(value, { depth: -1 })}`;
  }
  let shown = inspect(value, { colors: false });
  if (shown.length > 28) shown = shown.slice(0, 25) + '...';
  return ` Received type ${typeof value} (${shown})`;
}
// Node's ERR_OUT_OF_RANGE: an integer beyond 2**32 is shown with digit separators.
function outOfRange(name, range, input) {
  let received;
  const separated = (text) => {
    const start = text[0] === '-' ? 1 : 0;
    let i = text.length;
    let tail = '';
    for (; i >= start + 4; i -= 3) tail = `_${text.slice(i - 3, i)}${tail}`;
    return text.slice(0, i) + tail;
  };
  if (Number.isInteger(input) && Math.abs(input) > 2 ** 32) received = separated(String(input));
  else if (typeof input === 'bigint') {
    received = String(input);
    if (input > 2n ** 32n || input < -(2n ** 32n)) received = separated(received);
    received += 'n';
  } else received = inspect(input);
  return makeNodeError(RangeError, 'ERR_OUT_OF_RANGE', `The value of "${name}" is out of range. It must be ${range}. Received ${received}`);
}

function uvError(code, errno, syscall) {
  const err = new Error(`${syscall} ${code}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

// ERR_INVALID_ARG_TYPE, worded as Node words it: `expected` lists the types (lower-case:
// 'string', 'number' ...), the classes (capitalised: 'Buffer', 'Function' becomes 'function')
// and any other description ('a safe integer') the value may have; `name` is an argument,
// a property (it has a dot), or a phrase ending in ' argument'.
const kTypes = ['string', 'function', 'number', 'object', 'Function', 'Object', 'boolean', 'bigint', 'symbol'];
const classRegExp = /^([A-Z][a-z0-9]*)+$/;
function listed(words, prefix) {
  if (words.length > 2) return `${prefix}${ArrayPrototypeJoin(ArrayPrototypeSlice(words, 0, -1), ', ')}, or ${words[words.length - 1]}`;
  if (words.length === 2) return `${prefix}${words[0]} or ${words[1]}`;
  return `${prefix}${words[0]}`;
}
function invalidArgType(name, expected, actual) {
  if (!ArrayIsArray(expected)) expected = [expected];
  let msg = 'The ';
  if (StringPrototypeEndsWith(name, ' argument')) msg += `${name} `;
  else msg += `"${name}" ${StringPrototypeIncludes(name, '.') ? 'property' : 'argument'} `;
  msg += 'must be ';
  const types = [];
  const instances = [];
  const other = [];
  for (const value of expected) {
    if (ArrayPrototypeIncludes(kTypes, value)) ArrayPrototypePush(types, StringPrototypeToLowerCase(value));
    else if (RegExpPrototypeExec(classRegExp, value) !== null) ArrayPrototypePush(instances, value);
    else ArrayPrototypePush(other, value);
  }
  // `object` among instances reads better as the class.
  if (instances.length > 0) {
    const pos = ArrayPrototypeIndexOf(types, 'object');
    if (pos !== -1) {
      ArrayPrototypeSplice(types, pos, 1);
      ArrayPrototypePush(instances, 'Object');
    }
  }
  if (types.length > 0) {
    msg += types.length > 1 ? listed(types, 'one of type ') : `of type ${types[0]}`;
    if (instances.length > 0 || other.length > 0) msg += ' or ';
  }
  if (instances.length > 0) {
    msg += instances.length > 2 ? listed(instances, 'an instance of ') : `an instance of ${ArrayPrototypeJoin(instances, ' or ')}`;
    if (other.length > 0) msg += ' or ';
  }
  if (other.length > 0) {
    if (other.length > 1) msg += listed(other, 'one of ');
    else msg += `${StringPrototypeToLowerCase(other[0]) !== other[0] ? 'an ' : ''}${other[0]}`;
  }
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `${msg}.${describeReceived(actual)}`);
}

// ERR_MISSING_ARGS for one argument.
function missingArgs(name) {
  return makeNodeError(TypeError, 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`);
}

// ERR_INVALID_ARG_VALUE (a TypeError): `reason` says what is wrong with the value.
function invalidArgValue(name, value, reason = 'is invalid') {
  let shown = inspect(value);
  if (shown.length > 128) shown = `${StringPrototypeSlice(shown, 0, 128)}...`;
  const type = StringPrototypeIncludes(name, '.') ? 'property' : 'argument';
  return makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The ${type} '${name}' ${reason}. Received ${shown}`);
}

// Whether the runtime may lower Error.stackTraceLimit for a while (to capture less): not
// while a snapshot is built (V8 would install it again when restoring), nor when a script
// made it read-only.
function isErrorStackTraceLimitWritable() {
  if (require('internal/process/info').info.buildingSnapshot === true) return false;
  const desc = ObjectGetOwnPropertyDescriptor(Error, 'stackTraceLimit');
  if (desc === undefined) return ObjectIsExtensible(Error);
  return ObjectPrototypeHasOwnProperty(desc, 'writable') ? desc.writable : desc.set !== undefined;
}

// Node's AbortError (not a DOMException): what aborted timers/promises and events.once give.
class AbortError extends Error {
  constructor(message = 'The operation was aborted', options = undefined) {
    super(message, options);
    this.code = 'ABORT_ERR';
    this.name = 'AbortError';
  }
}

module.exports = {
  AbortError,
  describeReceived,
  invalidArgType,
  invalidArgValue,
  isErrorStackTraceLimitWritable,
  makeNodeError,
  missingArgs,
  outOfRange,
  uvError,
};
