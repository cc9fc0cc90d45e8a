// util.js - `require('util')`.
'use strict';

const {
  ArrayIsArray, Date, DatePrototypeGetDate, DatePrototypeGetHours, DatePrototypeGetMinutes, DatePrototypeGetMonth,
  DatePrototypeGetSeconds, ObjectDefineProperty, ObjectPrototypeToString, ObjectSetPrototypeOf, ReflectApply,
  StringPrototypePadStart,
} = primordials;
const { invalidArgType, makeNodeError } = require('internal/errors');
const { format, formatWithOptions, inspect, stripVTControlCharacters } = require('internal/util/inspect');
const { deprecate } = require('internal/util');
const types = require('internal/util/types');
const { validateFunction } = require('internal/validators');
const { TextDecoder, TextEncoder } = require('internal/web/encoding');
const { process } = require('internal/process/object');
// The global console as the runtime made it (a script may reassign globalThis.console;
// util.log still writes through this object's current `log`).
const globalConsole = globalThis.console;
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
// util.inherits: the legacy way to make `ctor` a subclass of `superCtor`.
function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) throw invalidArgType('ctor', 'Function', ctor);
  if (superCtor === undefined || superCtor === null) throw invalidArgType('superCtor', 'Function', superCtor);
  if (superCtor.prototype === undefined) throw invalidArgType('superCtor.prototype', 'Object', superCtor.prototype);
  ObjectDefineProperty(ctor, 'super_', { __proto__: null, value: superCtor, writable: true, configurable: true });
  ObjectSetPrototypeOf(ctor.prototype, superCtor.prototype);
}
// util.log: `D Mon HH:MM:SS - message` in local time, through console.log.
const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function log(...args) {
  const d = new Date();
  const pad = (n) => StringPrototypePadStart(`${n}`, 2, '0');
  const time = `${pad(DatePrototypeGetHours(d))}:${pad(DatePrototypeGetMinutes(d))}:${pad(DatePrototypeGetSeconds(d))}`;
  globalConsole.log('%s - %s', `${DatePrototypeGetDate(d)} ${months[DatePrototypeGetMonth(d)]} ${time}`, ReflectApply(format, undefined, args));
}

const debuglog = () => { const log = () => {}; log.enabled = false; return log; };

// In Node's order.
module.exports = {
  _extend(target, source) {
    if (source === null || typeof source !== 'object') return target;
    for (const key of Object.keys(source)) target[key] = source[key];
    return target;
  },
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  formatWithOptions,
  inherits,
  inspect,
  isArray: ArrayIsArray,
  // The deprecated type checks, still exported by Node 20.
  isBoolean: (v) => typeof v === 'boolean',
  isBuffer: (v) => require('buffer').Buffer.isBuffer(v),
  isDeepStrictEqual: (a, b) => require('internal/util/comparisons').isDeepStrictEqual(a, b),
  isNull: (v) => v === null,
  isNullOrUndefined: (v) => v === null || v === undefined,
  isNumber: (v) => typeof v === 'number',
  isString: (v) => typeof v === 'string',
  isSymbol: (v) => typeof v === 'symbol',
  isUndefined: (v) => v === undefined,
  isRegExp: types.isRegExp,
  isObject: (v) => v !== null && typeof v === 'object',
  isDate: types.isDate,
  isError: (v) => ObjectPrototypeToString(v) === '[object Error]' || v instanceof Error,
  isFunction: (v) => typeof v === 'function',
  isPrimitive: (v) => v === null || (typeof v !== 'object' && typeof v !== 'function'),
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString(text) { return String(text).toWellFormed(); },
  types,
  TextDecoder,
  TextEncoder,
};
