// buffer.js - `require('buffer')`: Buffer, a Uint8Array with Node's methods, and Node's allocation pool.
'use strict';

const { ObjectDefineProperty } = primordials;
const { bytesToString, encodingOrThrow, hexDecode, normalizeEncoding, stringToBytes, utf8Decode } = require('internal/encoding');
const { invalidArgType, makeNodeError, outOfRange } = require('internal/errors');
const { emitDeprecation } = require('internal/process/warning');
const { customInspect, inspect } = require('internal/util/inspect');
const native = internalBinding('native');
// Buffer: Uint8Array with Node's methods (lib/buffer.js), FastBuffer as its species
const kMaxLength = 2 ** 32;
const INSPECT_MAX_BYTES = 50;
class FastBuffer extends Uint8Array {
  // eslint-disable-next-line no-useless-constructor
  constructor(bufferOrLength, byteOffset, length) { super(bufferOrLength, byteOffset, length); }
}
function Buffer(arg, encodingOrOffset, length) {
  emitDeprecation('Buffer() is deprecated due to security and usability issues. Please use the Buffer.alloc(), Buffer.allocUnsafe(), or Buffer.from() methods instead.', 'DEP0005');
  if (typeof arg === 'number') {
    if (typeof encodingOrOffset === 'string') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "string" argument must be of type string. Received type number (${arg})`);
    }
    return Buffer.alloc(arg);
  }
  return Buffer.from(arg, encodingOrOffset, length);
}
Buffer.prototype = FastBuffer.prototype;
ObjectDefineProperty(Buffer.prototype, 'constructor', { value: Buffer, writable: true, configurable: true });
Object.setPrototypeOf(Buffer, Uint8Array);
ObjectDefineProperty(Buffer, Symbol.species, { get() { return FastBuffer; }, configurable: true });
Buffer.poolSize = 8 * 1024;

function validateSize(size) {
  if (typeof size !== 'number') {
    throw invalidArgType('size', 'number', size);
  }
  if (!(size >= 0 && size <= kMaxLength)) {
    throw outOfRange('size', `>= 0 && <= ${kMaxLength}`, size);
  }
}
function fromBytes(bytes) {
  const buf = new FastBuffer(bytes.length);
  buf.set(bytes);
  return buf;
}
// Node's allocation pool (lib/buffer.js): unsafe allocations and strings shorter than half
// of Buffer.poolSize are slices of one shared ArrayBuffer, each starting 8-byte aligned.
let poolSize, poolOffset, allocPool;
function createPool() {
  poolSize = Buffer.poolSize;
  allocPool = new ArrayBuffer(poolSize);
  poolOffset = 0;
}
createPool();
function fromPool(size) {
  if (size > poolSize - poolOffset) createPool();
  const buf = new FastBuffer(allocPool, poolOffset, size);
  poolOffset += size;
  if (poolOffset & 0x7) poolOffset = (poolOffset | 0x7) + 1;
  return buf;
}
function allocate(size) {
  if (size <= 0) return new FastBuffer();
  return size < (Buffer.poolSize >>> 1) ? fromPool(size) : new FastBuffer(size);
}
function fromString(string, enc) {
  const bytes = stringToBytes(string, enc);
  if (bytes.length === 0) return new FastBuffer();
  if (bytes.length >= (Buffer.poolSize >>> 1)) return fromBytes(bytes);
  const buf = fromPool(bytes.length);
  buf.set(bytes);
  return buf;
}
Buffer.from = function from(value, encodingOrOffset, length) {
  if (typeof value === 'string') {
    const enc = typeof encodingOrOffset !== 'string' || encodingOrOffset === '' ? 'utf8' : encodingOrThrow(encodingOrOffset);
    return fromString(value, enc);
  }
  if (typeof value === 'object' && value !== null) {
    if (value instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer)) {
      const offset = encodingOrOffset === undefined ? 0 : Math.trunc(+encodingOrOffset) || 0;
      if (offset > value.byteLength) {
        throw makeNodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"offset" is outside of buffer bounds');
      }
      const max = value.byteLength - offset;
      const len = length === undefined ? max : Math.trunc(+length) || 0;
      if (len > max) throw makeNodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', '"length" is outside of buffer bounds');
      return new FastBuffer(value, offset, len);
    }
    const primitive = value.valueOf && value.valueOf();
    if (primitive != null && primitive !== value && (typeof primitive === 'string' || typeof primitive === 'object')) {
      return Buffer.from(primitive, encodingOrOffset, length);
    }
    if (ArrayBuffer.isView(value)) {
      const bytes = new Uint8Array(value.length);
      for (let i = 0; i < value.length; i++) bytes[i] = Number(value[i]) & 0xff;
      return value instanceof Uint8Array ? fromBytes(value) : fromBytes(bytes);
    }
    if (value.length !== undefined || Array.isArray(value)) {
      const n = typeof value.length === 'number' && value.length > 0 ? Math.trunc(value.length) : 0;
      const buf = new FastBuffer(n);
      for (let i = 0; i < n; i++) buf[i] = value[i];
      return buf;
    }
    if (value.type === 'Buffer' && Array.isArray(value.data)) return Buffer.from(value.data);
    if (typeof value[Symbol.toPrimitive] === 'function') {
      const prim = value[Symbol.toPrimitive]('string');
      if (typeof prim === 'string') return Buffer.from(prim, encodingOrOffset);
    }
  }
  throw invalidArgType('first argument', ['string', 'Buffer', 'ArrayBuffer', 'Array', 'Array-like Object'], value);
};
Buffer.of = function of(...items) { return Buffer.from(items); };
Buffer.alloc = function alloc(size, fill, encoding) {
  validateSize(size);
  const buf = new FastBuffer(size);
  if (fill !== undefined && fill !== 0 && size > 0) buf.fill(fill, 0, buf.length, encoding);
  return buf;
};
Buffer.allocUnsafe = function allocUnsafe(size) { validateSize(size); return allocate(size); };
Buffer.allocUnsafeSlow = function allocUnsafeSlow(size) { validateSize(size); return new FastBuffer(size); };
Buffer.isBuffer = function isBuffer(b) { return b instanceof Buffer; };
Buffer.isEncoding = function isEncoding(enc) { return typeof enc === 'string' && enc.length !== 0 && normalizeEncoding(enc) !== undefined; };
Buffer.byteLength = function byteLength(string, encoding) {
  if (typeof string !== 'string') {
    if (ArrayBuffer.isView(string) || string instanceof ArrayBuffer) return string.byteLength;
    throw invalidArgType('string', ['string', 'Buffer', 'ArrayBuffer'], string);
  }
  return stringToBytes(string, normalizeEncoding(encoding) || 'utf8').length;
};
function validateBufferList(list) {
  if (!Array.isArray(list)) {
    throw invalidArgType('list', 'Array', list);
  }
  list.forEach((item, i) => {
    if (!(item instanceof Uint8Array)) {
      throw invalidArgType(`list[${i}]`, ['Buffer', 'Uint8Array'], item);
    }
  });
}
Buffer.concat = function concat(list, totalLength) {
  validateBufferList(list);
  const total = totalLength === undefined ? list.reduce((n, b) => n + b.length, 0) : totalLength;
  const out = Buffer.alloc(total);
  let pos = 0;
  for (const b of list) {
    if (pos >= total) break;
    const piece = b.subarray(0, total - pos);
    out.set(piece, pos);
    pos += piece.length;
  }
  return out;
};
function validateUint8(value, name) {
  if (!(value instanceof Uint8Array)) {
    throw invalidArgType(`${name}`, ['Buffer', 'Uint8Array'], value);
  }
}
function compareBytes(a, b) {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
Buffer.compare = function compare(a, b) {
  validateUint8(a, 'buf1');
  validateUint8(b, 'buf2');
  return compareBytes(a, b);
};

// Positions as Node clamps them: integers, negatives to 0, past the end to the length.
function clampIndex(value, length, fallback) {
  if (value === undefined) return fallback;
  const n = Math.trunc(+value) || 0;
  return n < 0 ? 0 : n > length ? length : n;
}
const proto = Buffer.prototype;
function defineMethods(target, methods) {
  for (const name of Reflect.ownKeys(methods)) {
    ObjectDefineProperty(target, name, { value: methods[name], writable: true, configurable: true });
  }
}
defineMethods(proto, {
  toString(encoding, start, end) {
    if (arguments.length === 0) return utf8Decode(this, 0, this.length, false);
    const s = clampIndex(start, this.length, 0);
    const e = clampIndex(end, this.length, this.length);
    if (e <= s) return '';
    return bytesToString(this, encoding === undefined ? 'utf8' : encodingOrThrow(encoding), s, e);
  },
  toLocaleString(...args) { return this.toString(...args); },
  toJSON() { return { type: 'Buffer', data: Array.from(this) }; },
  equals(other) {
    validateUint8(other, 'otherBuffer');
    return compareBytes(this, other) === 0;
  },
  compare(target, targetStart, targetEnd, sourceStart, sourceEnd) {
    validateUint8(target, 'target');
    const t = target.subarray(clampIndex(targetStart, target.length, 0), clampIndex(targetEnd, target.length, target.length));
    const s = this.subarray(clampIndex(sourceStart, this.length, 0), clampIndex(sourceEnd, this.length, this.length));
    return compareBytes(s, t);
  },
  write(string, offset, length, encoding) {
    if (typeof offset === 'string') { encoding = offset; offset = 0; length = undefined; }
    else if (typeof length === 'string') { encoding = length; length = undefined; }
    const start = offset === undefined ? 0 : checkedInteger(offset, 'offset', 0, this.length);
    const room = this.length - start;
    const max = length === undefined ? room : Math.min(room, checkedInteger(length, 'length', 0, this.length));
    const enc = encoding === undefined ? 'utf8' : encodingOrThrow(encoding);
    let bytes = stringToBytes(String(string), enc);
    if (bytes.length > max) {
      bytes = bytes.subarray(0, max);
      if (enc === 'utf8') {
        // Never leave a partial character behind.
        let cut = bytes.length;
        let i = cut - 1;
        while (i >= 0 && (bytes[i] & 0xc0) === 0x80) i--;
        if (i >= 0) {
          const lead = bytes[i];
          const size = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
          if (i + size > cut) cut = i;
        }
        bytes = bytes.subarray(0, cut);
      } else if (enc === 'utf16le') bytes = bytes.subarray(0, bytes.length & ~1);
    }
    this.set(bytes, start);
    return bytes.length;
  },
  fill(value, offset, end, encoding) {
    if (typeof offset === 'string') { encoding = offset; offset = 0; end = this.length; }
    else if (typeof end === 'string') { encoding = end; end = this.length; }
    const s = offset === undefined ? 0 : checkedInteger(offset, 'offset', 0, this.length);
    const e = end === undefined ? this.length : checkedInteger(end, 'end', 0, this.length);
    if (e <= s) return this;
    if (typeof value === 'number') { Uint8Array.prototype.fill.call(this, value & 255, s, e); return this; }
    if (typeof value === 'boolean') { Uint8Array.prototype.fill.call(this, +value, s, e); return this; }
    const bytes = typeof value === 'string' ? stringToBytes(value, encoding === undefined ? 'utf8' : encodingOrThrow(encoding)) : value;
    if (bytes.length === 0) {
      if (typeof value === 'string' && value.length === 0) { Uint8Array.prototype.fill.call(this, 0, s, e); return this; }
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE', `The argument 'value' is invalid. Received ${inspect(value)}`);
    }
    for (let i = s, j = 0; i < e; i++, j = (j + 1) % bytes.length) this[i] = bytes[j];
    return this;
  },
  copy(target, targetStart, sourceStart, sourceEnd) {
    validateUint8(target, 'target');
    const ts = clampIndex(targetStart, target.length, 0);
    const ss = clampIndex(sourceStart, this.length, 0);
    const se = clampIndex(sourceEnd, this.length, this.length);
    const n = Math.max(0, Math.min(se - ss, target.length - ts));
    target.set(this.subarray(ss, ss + n), ts);
    return n;
  },
  slice(start, end) { return this.subarray(start, end); },
  indexOf(value, byteOffset, encoding) { return search(this, value, byteOffset, encoding, true); },
  lastIndexOf(value, byteOffset, encoding) { return search(this, value, byteOffset, encoding, false); },
  includes(value, byteOffset, encoding) { return search(this, value, byteOffset, encoding, true) !== -1; },
  swap16() { return swap(this, 2); },
  swap32() { return swap(this, 4); },
  swap64() { return swap(this, 8); },
  [customInspect]() {
    const shown = Math.min(this.length, INSPECT_MAX_BYTES);
    let text = hexDecode(this, 0, shown).replace(/(.{2})(?!$)/g, '$1 ');
    if (this.length > shown) text += ` ... ${this.length - shown} more byte${this.length - shown > 1 ? 's' : ''}`;
    return `<${this.constructor.name} ${text}>`;
  },
});
function swap(buf, size) {
  if (buf.length % size !== 0) {
    throw makeNodeError(RangeError, 'ERR_INVALID_BUFFER_SIZE', `Buffer size must be a multiple of ${size * 8}-bits`);
  }
  for (let i = 0; i < buf.length; i += size) buf.subarray(i, i + size).reverse();
  return buf;
}
function search(buf, value, byteOffset, encoding, forward) {
  if (typeof byteOffset === 'string') { encoding = byteOffset; byteOffset = undefined; }
  let needle;
  if (typeof value === 'number') needle = [value & 255];
  else if (typeof value === 'string') needle = stringToBytes(value, encoding === undefined ? 'utf8' : encodingOrThrow(encoding));
  else if (value instanceof Uint8Array) needle = value;
  else {
    throw invalidArgType('value', ['number', 'string', 'Buffer', 'Uint8Array'], value);
  }
  let from = byteOffset === undefined || Number.isNaN(+byteOffset) ? (forward ? 0 : buf.length) : Math.trunc(+byteOffset);
  if (from < 0) from += buf.length;
  if (needle.length === 0) return forward ? Math.min(Math.max(from, 0), buf.length) : Math.min(from, buf.length);
  const matchesAt = (i) => {
    for (let j = 0; j < needle.length; j++) if (buf[i + j] !== needle[j]) return false;
    return true;
  };
  if (forward) {
    for (let i = Math.max(from, 0); i + needle.length <= buf.length; i++) if (matchesAt(i)) return i;
  } else {
    for (let i = Math.min(from, buf.length - needle.length); i >= 0; i--) if (matchesAt(i)) return i;
  }
  return -1;
}

// Reads and writes of fixed-size numbers, with Node's bounds checks and messages.
function checkedInteger(value, name, min, max) {
  if (typeof value !== 'number') {
    throw invalidArgType(`${name}`, 'number', value);
  }
  if (!Number.isInteger(value)) {
    throw outOfRange(name, 'an integer', value);
  }
  if (value < min || value > max) {
    throw outOfRange(name, `>= ${min} and <= ${max}`, value);
  }
  return value;
}
function checkOffset(buf, offset, size) {
  if (offset === undefined) offset = 0;
  if (typeof offset !== 'number') {
    throw invalidArgType('offset', 'number', offset);
  }
  if (buf.length - size < 0) {
    throw makeNodeError(RangeError, 'ERR_BUFFER_OUT_OF_BOUNDS', 'Attempt to access memory outside buffer bounds');
  }
  return checkedInteger(offset, 'offset', 0, buf.length - size);
}
function view(buf) { return new DataView(buf.buffer, buf.byteOffset, buf.byteLength); }
const numberKinds = [
  // [name, size, DataView getter/setter suffix, little-endian, min, max]
  ['UInt8', 1, 'Uint8', true, 0, 255],
  ['UInt16LE', 2, 'Uint16', true, 0, 0xffff], ['UInt16BE', 2, 'Uint16', false, 0, 0xffff],
  ['UInt32LE', 4, 'Uint32', true, 0, 0xffffffff], ['UInt32BE', 4, 'Uint32', false, 0, 0xffffffff],
  ['Int8', 1, 'Int8', true, -128, 127],
  ['Int16LE', 2, 'Int16', true, -0x8000, 0x7fff], ['Int16BE', 2, 'Int16', false, -0x8000, 0x7fff],
  ['Int32LE', 4, 'Int32', true, -0x80000000, 0x7fffffff], ['Int32BE', 4, 'Int32', false, -0x80000000, 0x7fffffff],
  ['FloatLE', 4, 'Float32', true], ['FloatBE', 4, 'Float32', false],
  ['DoubleLE', 8, 'Float64', true], ['DoubleBE', 8, 'Float64', false],
  ['BigUInt64LE', 8, 'BigUint64', true], ['BigUInt64BE', 8, 'BigUint64', false],
  ['BigInt64LE', 8, 'BigInt64', true], ['BigInt64BE', 8, 'BigInt64', false],
];
for (const [name, size, dv, little, min, max] of numberKinds) {
  const isBig = dv.startsWith('Big');
  const read = function (offset) {
    offset = checkOffset(this, offset, size);
    return view(this)[`get${dv}`](offset, little);
  };
  const write = function (value, offset) {
    offset = checkOffset(this, offset, size);
    if (isBig) {
      if (typeof value !== 'bigint') {
        throw invalidArgType('value', 'bigint', value);
      }
    } else if (min !== undefined) {
      value = +value;
      if (!(value >= min && value <= max)) {
        throw outOfRange('value', `>= ${min} and <= ${max}`, value);
      }
    }
    view(this)[`set${dv}`](offset, isBig ? value : +value, little);
    return offset + size;
  };
  defineMethods(proto, { [`read${name}`]: read, [`write${name}`]: write });
  if (name.includes('UInt')) defineMethods(proto, { [`read${name.replace('UInt', 'Uint')}`]: read, [`write${name.replace('UInt', 'Uint')}`]: write });
}
function variableWidth(little, signed) {
  return function (offset, byteLength) {
    checkedInteger(byteLength, 'byteLength', 1, 6);
    offset = checkOffset(this, offset, byteLength);
    let value = 0;
    for (let i = 0; i < byteLength; i++) {
      value += this[offset + (little ? i : byteLength - 1 - i)] * 2 ** (8 * i);
    }
    if (signed && value >= 2 ** (8 * byteLength - 1)) value -= 2 ** (8 * byteLength);
    return value;
  };
}
function variableWrite(little, signed) {
  return function (value, offset, byteLength) {
    checkedInteger(byteLength, 'byteLength', 1, 6);
    offset = checkOffset(this, offset, byteLength);
    const limit = 2 ** (8 * byteLength);
    const min = signed ? -limit / 2 : 0;
    const max = signed ? limit / 2 - 1 : limit - 1;
    value = +value;
    if (!(value >= min && value <= max)) {
      throw outOfRange('value', `>= ${min} and <= ${max}`, value);
    }
    let v = value < 0 ? value + limit : value;
    for (let i = 0; i < byteLength; i++) {
      this[offset + (little ? i : byteLength - 1 - i)] = v % 256;
      v = Math.floor(v / 256);
    }
    return offset + byteLength;
  };
}
defineMethods(proto, {
  readUIntLE: variableWidth(true, false), readUIntBE: variableWidth(false, false),
  readUintLE: variableWidth(true, false), readUintBE: variableWidth(false, false),
  readIntLE: variableWidth(true, true), readIntBE: variableWidth(false, true),
  writeUIntLE: variableWrite(true, false), writeUIntBE: variableWrite(false, false),
  writeUintLE: variableWrite(true, false), writeUintBE: variableWrite(false, false),
  writeIntLE: variableWrite(true, true), writeIntBE: variableWrite(false, true),
});

// Called in an instance restored from a snapshot: the pool it restored is its own copy.
function restored(mutant) {
  // Planted leak (engine/src/mutants.rs, never in a normal build): one pool for the process.
  if (mutant === 'shared-snapshot-buffer') allocPool = native.mutantBuffer(poolSize);
}

const { atob, btoa } = require('internal/web/encoding');
module.exports = {
  Buffer,
  kMaxLength,
  INSPECT_MAX_BYTES,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 2 ** 29 - 24 },
  atob,
  btoa,
  isUtf8: (b) => utf8Decode(b, 0, b.length, true) !== null,
  isAscii: (b) => b.every((x) => x < 128),
};
// Not part of `require('buffer')`: for the runtime's own modules.
Object.defineProperty(module.exports, 'internals', { value: { FastBuffer, restored } });
