// crypto.js - Web Crypto's random half and require('crypto')'s random functions, from the host's
// /dev/urandom. No SubtleCrypto, no hashes.
'use strict';

const { FastBuffer } = require('buffer').internals;
const { hexDecode } = require('internal/encoding');
const { invalidArgType, makeNodeError, outOfRange } = require('internal/errors');
const { domException } = require('internal/web/dom_exception');
const native = internalBinding('native');
const { setImmediate } = require('internal/timers');
const { process } = require('internal/process/object');
// crypto: Web Crypto's random half (getRandomValues, randomUUID) and the random functions
// of require('crypto'), from the host's /dev/urandom. No SubtleCrypto, no hashes.
const integerArrays = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];
function randomFillView(view) {
  const target = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  if (target.length > 0) target.set(new Uint8Array(native.randomBytes(target.length)));
  return view;
}
class Crypto {
  getRandomValues(data) {
    if (arguments.length === 0) {
      throw makeNodeError(TypeError, 'ERR_MISSING_ARGS',
        "Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present.");
    }
    const tag = ArrayBuffer.isView(data) ? Object.prototype.toString.call(data).slice(8, -1) : '';
    if (!integerArrays.includes(tag)) {
      throw domException('The data argument must be an integer-type TypedArray', 'TypeMismatchError');
    }
    if (data.byteLength > 65536) {
      throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError');
    }
    return randomFillView(data);
  }
  randomUUID() {
    const b = new Uint8Array(native.randomBytes(16));
    b[6] = (b[6] & 0x0f) | 0x40; // version 4
    b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
    const hex = hexDecode(b, 0, 16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }
  get [Symbol.toStringTag]() { return 'Crypto'; }
}
const crypto = new Crypto();

function validateNumberRange(value, name, min, max) {
  if (typeof value !== 'number') {
    throw invalidArgType(`${name}`, 'number', value);
  }
  if (!(value >= min && value <= max)) {
    throw outOfRange(name, `>= ${min} && <= ${max}`, value);
  }
}
function later(callback, ...args) { setImmediate(() => callback(...args)); }
function randomBytes(size, callback) {
  validateNumberRange(size, 'size', 0, 2 ** 31 - 1);
  if (callback !== undefined && typeof callback !== 'function') {
    throw invalidArgType('callback', 'function', callback);
  }
  const buf = new FastBuffer(native.randomBytes(size));
  if (callback === undefined) return buf;
  later(callback, null, buf);
  return undefined;
}
function randomFillSync(buf, offset = 0, size) {
  if (!ArrayBuffer.isView(buf) && !(buf instanceof ArrayBuffer)) {
    throw invalidArgType('buf', ['ArrayBuffer', 'ArrayBufferView'], buf);
  }
  const bytes = buf instanceof ArrayBuffer ? new Uint8Array(buf) : new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
  validateNumberRange(offset, 'offset', 0, bytes.length);
  const n = size === undefined ? bytes.length - offset : size;
  validateNumberRange(n, 'size', 0, bytes.length - offset);
  randomFillView(bytes.subarray(offset, offset + n));
  return buf;
}
// A uniform integer in [min, max), by rejection from 48 random bits, as Node does.
function randomInt(min, max, callback) {
  if (typeof max === 'undefined' || typeof max === 'function') {
    callback = max;
    max = min;
    min = 0;
  }
  if (!Number.isSafeInteger(min)) {
    throw invalidArgType('min', 'a safe integer', min);
  }
  if (!Number.isSafeInteger(max)) {
    throw invalidArgType('max', 'a safe integer', max);
  }
  if (max <= min) {
    throw outOfRange('max', `greater than the value of "min" (${min})`, max);
  }
  const range = max - min;
  if (range > 2 ** 48 - 1) {
    throw outOfRange('max - min', `<= ${2 ** 48 - 1}`, range);
  }
  const limit = 2 ** 48 - (2 ** 48 % range);
  let value;
  do {
    const b = new Uint8Array(native.randomBytes(6));
    value = b.reduce((acc, x) => acc * 256 + x, 0);
  } while (value >= limit);
  const result = min + (value % range);
  if (callback === undefined) return result;
  process.nextTick(callback, undefined, result);
  return undefined;
}
const cryptoModule = {
  webcrypto: crypto,
  getRandomValues: (data) => crypto.getRandomValues(data),
  randomUUID: () => crypto.randomUUID(),
  randomBytes,
  randomFillSync,
  randomFill(buf, offset, size, callback) {
    if (typeof offset === 'function') { callback = offset; offset = 0; size = undefined; }
    else if (typeof size === 'function') { callback = size; size = undefined; }
    randomFillSync(buf, offset, size);
    later(callback, null, buf);
  },
  randomInt,
};

module.exports = cryptoModule;
// Not part of `require('crypto')`: the Web Crypto class, for the `Crypto` global.
Object.defineProperty(module.exports, 'Crypto', { value: Crypto });
