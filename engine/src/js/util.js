// util.js — `require('util')`.
'use strict';

const { ObjectDefineProperty } = primordials;
const { invalidArgType, makeNodeError } = require('internal/errors');
const { format, inspect } = require('internal/util/inspect');
const { validateFunction } = require('internal/validators');
const { emitDeprecation } = require('internal/process/warning');
const { TextDecoder, TextEncoder } = require('internal/web/encoding');
const { process } = require('internal/process/object');
// util.promisify, with util.promisify.custom (setTimeout and setImmediate carry one).
const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
function promisify(fn) {
  validateFunction(fn, 'original');
  const custom = fn[promisifyCustom];
  if (custom !== undefined) {
    validateFunction(custom, 'util.promisify.custom');
    return custom;
  }
  function promisified(...args) {
    return new Promise((resolve, reject) => {
      fn.call(this, ...args, (err, ...values) => (err ? reject(err) : resolve(values[0])));
    });
  }
  Object.setPrototypeOf(promisified, Object.getPrototypeOf(fn));
  ObjectDefineProperty(promisified, promisifyCustom, { value: promisified, configurable: true });
  return Object.defineProperties(promisified, Object.getOwnPropertyDescriptors(fn));
}
promisify.custom = promisifyCustom;
// util.callbackify: the promise's outcome to a Node-style callback, on the next tick; a
// falsy rejection reason arrives wrapped, as Node wraps it.
function callbackify(original) {
  validateFunction(original, 'original');
  function callbackified(...args) {
    const callback = args.pop();
    validateFunction(callback, 'last argument');
    Reflect.apply(original, this, args).then(
      (value) => process.nextTick(callback, null, value),
      (reason) => {
        if (!reason) {
          const wrapped = makeNodeError(Error, 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value');
          wrapped.reason = reason;
          reason = wrapped;
        }
        process.nextTick(callback, reason);
      });
  }
  Object.setPrototypeOf(callbackified, Object.getPrototypeOf(original));
  Object.defineProperties(callbackified, Object.getOwnPropertyDescriptors(original));
  return callbackified;
}
const tagOf = (v) => Object.prototype.toString.call(v).slice(8, -1);
const utilTypes = {
  isPromise: (v) => v instanceof Promise,
  isDate: (v) => v instanceof Date,
  isRegExp: (v) => v instanceof RegExp,
  isMap: (v) => v instanceof Map,
  isSet: (v) => v instanceof Set,
  isWeakMap: (v) => v instanceof WeakMap,
  isWeakSet: (v) => v instanceof WeakSet,
  isNativeError: (v) => v instanceof Error,
  isArrayBuffer: (v) => v instanceof ArrayBuffer,
  isAnyArrayBuffer: (v) => v instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && v instanceof SharedArrayBuffer),
  isArrayBufferView: (v) => ArrayBuffer.isView(v),
  isTypedArray: (v) => ArrayBuffer.isView(v) && !(v instanceof DataView),
  isUint8Array: (v) => v instanceof Uint8Array,
  isDataView: (v) => v instanceof DataView,
  isAsyncFunction: (v) => typeof v === 'function' && /^Async(Generator)?Function$/.test(tagOf(v)),
  isGeneratorFunction: (v) => typeof v === 'function' && /^(Async)?GeneratorFunction$/.test(tagOf(v)),
  isGeneratorObject: (v) => tagOf(v) === 'Generator',
  isBoxedPrimitive: (v) => v !== null && typeof v === 'object' && ['Number', 'String', 'Boolean', 'BigInt', 'Symbol'].includes(tagOf(v)) && !(Symbol.toStringTag in v),
};

module.exports = {
  format, inspect, promisify,
  inherits(ctor, superCtor) { Object.setPrototypeOf(ctor.prototype, superCtor.prototype); ctor.super_ = superCtor; },
  isDeepStrictEqual: (a, b) => require('assert').isDeepEqual(a, b, true),
  deprecate(fn, message, code) {
    validateFunction(fn, 'fn');
    return function deprecated(...args) {
      if (code === undefined) process.emitWarning(message, 'DeprecationWarning');
      else emitDeprecation(message, code);
      return new.target ? Reflect.construct(fn, args, new.target) : fn.apply(this, args);
    };
  },
  debuglog() { const log = () => {}; log.enabled = false; return log; },
  debug() { const log = () => {}; log.enabled = false; return log; },
  formatWithOptions(options, ...args) {
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('inspectOptions', 'object', options);
    }
    return format(...args);
  },
  callbackify,
  stripVTControlCharacters(text) {
    if (typeof text !== 'string') {
      throw invalidArgType('str', 'string', text);
    }
    // eslint-disable-next-line no-control-regex
    return text.replace(/[\u001B\u009B][[\]()#;?]*(?:(?:(?:(?:;[-a-zA-Z\d\/#&.:=?%@~_]+)*|[a-zA-Z\d]+(?:;[-a-zA-Z\d\/#&.:=?%@~_]*)*)?\u0007)|(?:(?:\d{1,4}(?:;\d{0,4})*)?[\dA-PR-TZcf-ntqry=><~]))/g, '');
  },
  toUSVString(text) { return String(text).toWellFormed(); },
  _extend(target, source) {
    if (source === null || typeof source !== 'object') return target;
    for (const key of Object.keys(source)) target[key] = source[key];
    return target;
  },
  // The deprecated type checks, still exported by Node 20.
  isBoolean: (v) => typeof v === 'boolean',
  isBuffer: (v) => require('buffer').Buffer.isBuffer(v),
  isDate: (v) => v instanceof Date,
  isError: (v) => v instanceof Error,
  isFunction: (v) => typeof v === 'function',
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === null || v === undefined,
  isNumber: (v) => typeof v === 'number',
  isObject: (v) => v !== null && typeof v === 'object',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
  isRegExp: (v) => v instanceof RegExp,
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isArray: Array.isArray,
  types: utilTypes,
  TextEncoder,
  TextDecoder,
};
