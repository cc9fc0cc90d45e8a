// globals.js — the Web and Node globals that have nothing to do with an instance's lifecycle.
//
// Compiled once per instance as a function of (global, lib) and called by bootstrap.js,
// which passes the helpers it shares (errors, inspect, warnings). It installs `global`,
// `Buffer`, `DOMException`, `TextEncoder`/`TextDecoder`, `atob`/`btoa`, `structuredClone`,
// `performance` and `crypto`, in the shapes and with the error codes and messages of Node
// 20, and returns the exports of the `buffer` and `crypto` builtin modules. Everything here is plain JavaScript
// over the instance's own context: nothing is shared with another instance.
'use strict';

(function installGlobals(global, lib) {
  const { makeNodeError, outOfRange, describeReceived, inspect, customInspect, emitDeprecation, now, timeOrigin, randomBytesOf, mutantBuffer } = lib;
  const ObjectDefineProperty = Object.defineProperty;

  // How Node 20 exposes its globals: data properties or accessors, enumerable or not.
  function exposeValue(name, value, enumerable) {
    ObjectDefineProperty(global, name, { value, writable: true, enumerable, configurable: true });
  }
  function exposeLazy(name, value, enumerable) {
    let current = value;
    ObjectDefineProperty(global, name, {
      get() { return current; },
      set(v) { current = v; },
      enumerable, configurable: true,
    });
  }

  // ---------------------------------------------------------------------------------------
  // DOMException (the subset of names Node's own APIs throw)
  const domCodes = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
    SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
    QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25,
  };
  class DOMException extends Error {
    constructor(message = '', options = 'Error') {
      super(String(message));
      // The stack is formatted on first read, with the name the error has then: read it first.
      const stack = String(this.stack);
      const name = options !== null && typeof options === 'object' ? String(options.name ?? 'Error') : String(options);
      ObjectDefineProperty(this, 'name', { value: name, writable: true, configurable: true });
      if (options !== null && typeof options === 'object' && 'cause' in options) {
        ObjectDefineProperty(this, 'cause', { value: options.cause, writable: true, configurable: true });
      }
      ObjectDefineProperty(this, 'stack', {
        value: stack.replace(/^Error/, `DOMException [${name}]`), writable: true, configurable: true,
      });
    }
    get code() { return domCodes[this.name] || 0; }
  }
  for (const [name, code] of Object.entries(domCodes)) {
    const constant = name.replace(/Error$/, '').replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase() + '_ERR';
    ObjectDefineProperty(DOMException, constant, { value: code, enumerable: true });
  }
  function domException(message, name) { return new DOMException(message, name); }

  // ---------------------------------------------------------------------------------------
  // UTF-8, Latin-1, UTF-16LE, hex and base64 between strings and bytes
  function utf8Encode(string) {
    const out = new Uint8Array(string.length * 3);
    let n = 0;
    for (let i = 0; i < string.length; i++) {
      let c = string.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < string.length) {
        const d = string.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
          i++;
        }
      }
      if (c >= 0xd800 && c <= 0xdfff) c = 0xfffd; // a lone surrogate
      if (c < 0x80) out[n++] = c;
      else if (c < 0x800) { out[n++] = 0xc0 | (c >> 6); out[n++] = 0x80 | (c & 63); }
      else if (c < 0x10000) { out[n++] = 0xe0 | (c >> 12); out[n++] = 0x80 | ((c >> 6) & 63); out[n++] = 0x80 | (c & 63); }
      else {
        out[n++] = 0xf0 | (c >> 18); out[n++] = 0x80 | ((c >> 12) & 63);
        out[n++] = 0x80 | ((c >> 6) & 63); out[n++] = 0x80 | (c & 63);
      }
    }
    return out.subarray(0, n);
  }
  // The WHATWG UTF-8 decoder: each maximal invalid subsequence becomes one U+FFFD. With
  // `fatal`, the first one returns null instead.
  function utf8Decode(bytes, start, end, fatal) {
    let out = '';
    let chunk = [];
    for (let i = start; i < end;) {
      const b = bytes[i];
      let cp = -1;
      let size = 1;
      if (b < 0x80) cp = b;
      else if (b >= 0xc2 && b <= 0xf4) {
        const need = b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
        let lower = 0x80;
        let upper = 0xbf;
        if (b === 0xe0) lower = 0xa0;
        else if (b === 0xed) upper = 0x9f;
        else if (b === 0xf0) lower = 0x90;
        else if (b === 0xf4) upper = 0x8f;
        let value = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
        let j = 1;
        for (; j <= need && i + j < end; j++) {
          const c = bytes[i + j];
          if (c < lower || c > upper) break;
          lower = 0x80; upper = 0xbf;
          value = (value << 6) | (c & 63);
        }
        if (j === need + 1) { cp = value; size = need + 1; } else size = j;
      }
      if (cp === -1) {
        if (fatal) return null;
        cp = 0xfffd;
      }
      i += size;
      if (cp >= 0x10000) {
        cp -= 0x10000;
        chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
      } else chunk.push(cp);
      if (chunk.length >= 8192) { out += String.fromCharCode.apply(null, chunk); chunk = []; }
    }
    return out + String.fromCharCode.apply(null, chunk);
  }
  function charCodes(bytes, start, end, mask) {
    let out = '';
    for (let i = start; i < end; i += 8192) {
      const piece = Array.from(bytes.subarray(i, Math.min(end, i + 8192)), (b) => b & mask);
      out += String.fromCharCode.apply(null, piece);
    }
    return out;
  }
  function utf16leDecode(bytes, start, end) {
    let out = '';
    for (let i = start; i + 1 < end; i += 2) out += String.fromCharCode(bytes[i] | (bytes[i + 1] << 8));
    return out;
  }
  const hexDigits = '0123456789abcdef';
  function hexEncode(string) {
    const out = new Uint8Array(string.length >> 1);
    let n = 0;
    for (; n < out.length; n++) {
      const hi = parseInt(string[2 * n], 16);
      const lo = parseInt(string[2 * n + 1], 16);
      if (Number.isNaN(hi) || Number.isNaN(lo)) break;
      out[n] = hi * 16 + lo;
    }
    return out.subarray(0, n);
  }
  function hexDecode(bytes, start, end) {
    let out = '';
    for (let i = start; i < end; i++) out += hexDigits[bytes[i] >> 4] + hexDigits[bytes[i] & 15];
    return out;
  }
  const base64Chars = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  const base64Values = new Int8Array(128).fill(-1);
  for (let i = 0; i < 64; i++) base64Values[base64Chars.charCodeAt(i)] = i;
  base64Values[45] = 62; // '-' (base64url)
  base64Values[95] = 63; // '_' (base64url)
  // Node's lenient decoder: both alphabets, characters outside them skipped, stops at '='.
  function base64Encode(string) {
    const out = new Uint8Array(Math.ceil(string.length * 3 / 4));
    let n = 0;
    let acc = 0;
    let bits = 0;
    for (let i = 0; i < string.length; i++) {
      const c = string.charCodeAt(i);
      if (c === 61) break;
      const v = c < 128 ? base64Values[c] : -1;
      if (v < 0) continue;
      acc = (acc << 6) | v;
      bits += 6;
      if (bits >= 8) { bits -= 8; out[n++] = (acc >> bits) & 0xff; }
    }
    return out.subarray(0, n);
  }
  function base64Decode(bytes, start, end, url) {
    const chars = url ? base64Chars.slice(0, 62) + '-_' : base64Chars;
    let out = '';
    let i = start;
    for (; i + 2 < end; i += 3) {
      const v = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
      out += chars[v >> 18] + chars[(v >> 12) & 63] + chars[(v >> 6) & 63] + chars[v & 63];
    }
    if (end - i === 1) {
      const v = bytes[i] << 16;
      out += chars[v >> 18] + chars[(v >> 12) & 63] + (url ? '' : '==');
    } else if (end - i === 2) {
      const v = (bytes[i] << 16) | (bytes[i + 1] << 8);
      out += chars[v >> 18] + chars[(v >> 12) & 63] + chars[(v >> 6) & 63] + (url ? '' : '=');
    }
    return out;
  }
  function latin1Encode(string) {
    const out = new Uint8Array(string.length);
    for (let i = 0; i < string.length; i++) out[i] = string.charCodeAt(i) & 0xff;
    return out;
  }
  function utf16leEncode(string) {
    const out = new Uint8Array(string.length * 2);
    for (let i = 0; i < string.length; i++) {
      const c = string.charCodeAt(i);
      out[2 * i] = c & 0xff;
      out[2 * i + 1] = c >> 8;
    }
    return out;
  }

  // The canonical name of an encoding, or undefined.
  function normalizeEncoding(enc) {
    if (enc === undefined || enc === null || enc === '') return 'utf8';
    switch (String(enc).toLowerCase()) {
      case 'utf8': case 'utf-8': return 'utf8';
      case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
      case 'latin1': case 'binary': return 'latin1';
      case 'base64': return 'base64';
      case 'base64url': return 'base64url';
      case 'hex': return 'hex';
      case 'ascii': return 'ascii';
      default: return undefined;
    }
  }
  function encodingOrThrow(enc) {
    const normalized = normalizeEncoding(enc);
    if (normalized === undefined) throw makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${enc}`);
    return normalized;
  }
  function stringToBytes(string, enc) {
    switch (enc) {
      case 'utf8': return utf8Encode(string);
      case 'utf16le': return utf16leEncode(string);
      case 'latin1': case 'ascii': return latin1Encode(string);
      case 'base64': case 'base64url': return base64Encode(string);
      case 'hex': return hexEncode(string);
    }
    return utf8Encode(string);
  }
  function bytesToString(bytes, enc, start, end) {
    switch (enc) {
      case 'utf8': return utf8Decode(bytes, start, end, false);
      case 'utf16le': return utf16leDecode(bytes, start, end);
      case 'latin1': return charCodes(bytes, start, end, 0xff);
      case 'ascii': return charCodes(bytes, start, end, 0x7f);
      case 'base64': return base64Decode(bytes, start, end, false);
      case 'base64url': return base64Decode(bytes, start, end, true);
      case 'hex': return hexDecode(bytes, start, end);
    }
    return utf8Decode(bytes, start, end, false);
  }

  // ---------------------------------------------------------------------------------------
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
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "size" argument must be of type number.${describeReceived(size)}`);
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
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object.${describeReceived(value)}`);
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
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "string" argument must be of type string or an instance of Buffer or ArrayBuffer.${describeReceived(string)}`);
    }
    return stringToBytes(string, normalizeEncoding(encoding) || 'utf8').length;
  };
  function validateBufferList(list) {
    if (!Array.isArray(list)) {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "list" argument must be an instance of Array.${describeReceived(list)}`);
    }
    list.forEach((item, i) => {
      if (!(item instanceof Uint8Array)) {
        throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          `The "list[${i}]" argument must be an instance of Buffer or Uint8Array.${describeReceived(item)}`);
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
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "${name}" argument must be an instance of Buffer or Uint8Array.${describeReceived(value)}`);
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
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "value" argument must be one of type number or string or an instance of Buffer or Uint8Array.${describeReceived(value)}`);
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
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be of type number.${describeReceived(value)}`);
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
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "offset" argument must be of type number.${describeReceived(offset)}`);
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
          throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "value" argument must be of type bigint.${describeReceived(value)}`);
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
  exposeLazy('Buffer', Buffer, false);

  // ---------------------------------------------------------------------------------------
  // TextEncoder / TextDecoder, atob / btoa
  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(input = '') { return utf8Encode(String(input)); }
    encodeInto(src, dest) {
      const bytes = utf8Encode(String(src));
      let written = bytes.length;
      if (written > dest.length) {
        written = dest.length;
        while (written > 0 && (bytes[written] & 0xc0) === 0x80) written--;
      }
      dest.set(bytes.subarray(0, written));
      const read = utf8Decode(bytes, 0, written, false).length;
      return { read, written };
    }
  }
  const decoderLabels = {
    'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
    'utf-16le': 'utf-16le', 'utf-16': 'utf-16le',
    latin1: 'windows-1252', 'iso-8859-1': 'windows-1252', ascii: 'windows-1252', 'us-ascii': 'windows-1252', 'windows-1252': 'windows-1252',
  };
  class TextDecoder {
    #encoding;
    #fatal;
    #ignoreBOM;
    constructor(label = 'utf-8', options = {}) {
      const encoding = decoderLabels[String(label).trim().toLowerCase()];
      if (encoding === undefined) {
        throw makeNodeError(RangeError, 'ERR_ENCODING_NOT_SUPPORTED', `The "${label}" encoding is not supported`);
      }
      this.#encoding = encoding;
      this.#fatal = Boolean(options && options.fatal);
      this.#ignoreBOM = Boolean(options && options.ignoreBOM);
    }
    get encoding() { return this.#encoding; }
    get fatal() { return this.#fatal; }
    get ignoreBOM() { return this.#ignoreBOM; }
    decode(input = new Uint8Array(0)) {
      let bytes;
      if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) bytes = new Uint8Array(input);
      else if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
      else {
        throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
          `The "input" argument must be an instance of ArrayBuffer or ArrayBufferView.${describeReceived(input)}`);
      }
      let start = 0;
      if (this.#encoding === 'utf-8') {
        if (!this.#ignoreBOM && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
        const text = utf8Decode(bytes, start, bytes.length, this.#fatal);
        if (text === null) {
          throw makeNodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', `The encoded data was not valid for encoding ${this.#encoding}`);
        }
        return text;
      }
      if (this.#encoding === 'utf-16le') {
        if (!this.#ignoreBOM && bytes[0] === 0xff && bytes[1] === 0xfe) start = 2;
        return utf16leDecode(bytes, start, bytes.length);
      }
      return charCodes(bytes, 0, bytes.length, 0xff);
    }
  }
  exposeLazy('TextEncoder', TextEncoder, false);
  exposeLazy('TextDecoder', TextDecoder, false);

  function missingArgs(name) {
    return makeNodeError(TypeError, 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`);
  }
  function btoa(input) {
    if (arguments.length === 0) throw missingArgs('input');
    const s = `${input}`;
    for (let i = 0; i < s.length; i++) {
      if (s.charCodeAt(i) > 0xff) throw domException('Invalid character', 'InvalidCharacterError');
    }
    const bytes = latin1Encode(s);
    return base64Decode(bytes, 0, bytes.length, false);
  }
  function atob(input) {
    if (arguments.length === 0) throw missingArgs('input');
    const s = `${input}`;
    let significant = 0;
    let equals = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20) continue;
      if (c === 61) { equals++; significant++; continue; }
      if (c >= 128 || base64Values[c] < 0 || c === 45 || c === 95 || equals > 0) {
        throw domException('Invalid character', 'InvalidCharacterError');
      }
      significant++;
    }
    if (equals > 2 || significant % 4 === 1 || (equals > 0 && significant % 4 !== 0)) {
      throw domException('The string to be decoded is not correctly encoded.', 'InvalidCharacterError');
    }
    const bytes = base64Encode(s);
    return charCodes(bytes, 0, bytes.length, 0xff);
  }
  exposeLazy('atob', atob, true);
  exposeLazy('btoa', btoa, true);
  exposeLazy('DOMException', DOMException, false);

  // ---------------------------------------------------------------------------------------
  // structuredClone: the HTML structured-clone algorithm over the types V8 serializes
  function structuredClone(value, options) {
    if (arguments.length === 0) throw missingArgs('value');
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "options" argument must be of type object.${describeReceived(options)}`);
    }
    const memory = new Map();
    const cannotClone = (v) => domException(`${describeForClone(v)} could not be cloned.`, 'DataCloneError');
    function clone(v) {
      if (typeof v === 'symbol' || typeof v === 'function') throw cannotClone(v);
      if (v === null || typeof v !== 'object') return v;
      if (memory.has(v)) return memory.get(v);
      const tag = Object.prototype.toString.call(v).slice(8, -1);
      let out;
      switch (tag) {
        case 'Boolean': out = Object(Boolean.prototype.valueOf.call(v)); break;
        case 'Number': out = Object(Number.prototype.valueOf.call(v)); break;
        case 'String': out = Object(String.prototype.valueOf.call(v)); break;
        case 'BigInt': out = Object(BigInt.prototype.valueOf.call(v)); break;
        case 'Date': out = new Date(v.getTime()); break;
        case 'RegExp': out = new RegExp(v.source, v.flags); break;
        case 'ArrayBuffer': out = v.slice(0); break;
        case 'Map': {
          out = new Map();
          memory.set(v, out);
          for (const [k, val] of [...v]) out.set(clone(k), clone(val));
          return out;
        }
        case 'Set': {
          out = new Set();
          memory.set(v, out);
          for (const val of [...v]) out.add(clone(val));
          return out;
        }
        case 'Error': {
          const names = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];
          const name = names.includes(v.name) ? v.name : 'Error';
          out = Object.create(global[name].prototype);
          memory.set(v, out);
          const message = Object.getOwnPropertyDescriptor(v, 'message');
          if (message !== undefined) ObjectDefineProperty(out, 'message', { value: String(v.message), writable: true, configurable: true });
          ObjectDefineProperty(out, 'stack', { value: v.stack === undefined ? undefined : String(v.stack), writable: true, configurable: true });
          if (Object.prototype.hasOwnProperty.call(v, 'cause')) ObjectDefineProperty(out, 'cause', { value: clone(v.cause), writable: true, configurable: true });
          return out;
        }
        default:
          if (ArrayBuffer.isView(v)) {
            const buffer = clone(v.buffer);
            const Ctor = v instanceof DataView ? DataView : global[tag] || Uint8Array;
            out = v instanceof DataView ? new DataView(buffer, v.byteOffset, v.byteLength) : new Ctor(buffer, v.byteOffset, v.length);
            break;
          }
          if (Array.isArray(v)) {
            out = new Array(v.length);
            memory.set(v, out);
            for (const k of Object.keys(v)) out[k] = clone(v[k]);
            return out;
          }
          if (!isSerializableObject(v)) throw cannotClone(v);
          out = {};
          memory.set(v, out);
          for (const k of Object.keys(v)) out[k] = clone(v[k]);
          return out;
      }
      memory.set(v, out);
      return out;
    }
    return clone(value);
  }
  // V8's serializer takes ordinary objects (class instances lose their prototype) and
  // refuses the built-ins with internal state it cannot carry.
  const uncloneable = [Promise, WeakMap, WeakSet, typeof WeakRef === 'function' ? WeakRef : undefined,
    typeof FinalizationRegistry === 'function' ? FinalizationRegistry : undefined].filter(Boolean);
  function isSerializableObject(v) {
    if (uncloneable.some((C) => v instanceof C)) return false;
    const tag = Object.prototype.toString.call(v).slice(8, -1);
    return !/^(Generator|AsyncGenerator|Arguments|Map Iterator|Set Iterator|Array Iterator|String Iterator|RegExp String Iterator)$/.test(tag);
  }
  function describeForClone(v) {
    if (typeof v === 'function') return Function.prototype.toString.call(v);
    if (typeof v === 'symbol') return v.toString();
    return `#<${Object.prototype.toString.call(v).slice(8, -1)}>`;
  }
  exposeValue('structuredClone', structuredClone, true);

  // ---------------------------------------------------------------------------------------
  // performance: the instance's own clock, from its start
  const entries = [];
  class PerformanceEntry {
    constructor(name, entryType, startTime, duration, detail) {
      this.name = name;
      this.entryType = entryType;
      this.startTime = startTime;
      this.duration = duration;
      this.detail = detail ?? null;
    }
    toJSON() { return { name: this.name, entryType: this.entryType, startTime: this.startTime, duration: this.duration, detail: this.detail }; }
  }
  function markTime(name) {
    if (name === undefined) return undefined;
    if (typeof name === 'number') return name;
    for (let i = entries.length - 1; i >= 0; i--) if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
    throw domException(`The "${name}" performance mark has not been set`, 'SyntaxError');
  }
  class Performance {
    get timeOrigin() { return timeOrigin(); }
    now() { return now(); }
    mark(name, options) {
      const entry = new PerformanceEntry(`${name}`, 'mark', options && options.startTime !== undefined ? options.startTime : now(), 0, options && options.detail);
      entries.push(entry);
      return entry;
    }
    measure(name, startOrOptions, endMark) {
      let start;
      let end;
      let detail;
      if (startOrOptions !== null && typeof startOrOptions === 'object') {
        start = markTime(startOrOptions.start);
        end = markTime(startOrOptions.end);
        detail = startOrOptions.detail;
      } else {
        start = markTime(startOrOptions);
        end = markTime(endMark);
      }
      if (start === undefined) start = 0;
      if (end === undefined) end = now();
      const entry = new PerformanceEntry(`${name}`, 'measure', start, end - start, detail);
      entries.push(entry);
      return entry;
    }
    getEntries() { return entries.slice(); }
    getEntriesByName(name, type) { return entries.filter((e) => e.name === name && (type === undefined || e.entryType === type)); }
    getEntriesByType(type) { return entries.filter((e) => e.entryType === type); }
    clearMarks(name) { removeEntries('mark', name); }
    clearMeasures(name) { removeEntries('measure', name); }
    toJSON() { return { timeOrigin: this.timeOrigin }; }
    get [Symbol.toStringTag]() { return 'Performance'; }
  }
  function removeEntries(type, name) {
    for (let i = entries.length - 1; i >= 0; i--) {
      if (entries[i].entryType === type && (name === undefined || entries[i].name === name)) entries.splice(i, 1);
    }
  }
  exposeLazy('performance', new Performance(), true);

  // ---------------------------------------------------------------------------------------
  // crypto: Web Crypto's random half (getRandomValues, randomUUID) and the random functions
  // of require('crypto'), from the host's /dev/urandom. No SubtleCrypto, no hashes.
  const integerArrays = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
    'Int32Array', 'Uint32Array', 'BigInt64Array', 'BigUint64Array'];
  function randomFillView(view) {
    const target = new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
    if (target.length > 0) target.set(new Uint8Array(randomBytesOf(target.length)));
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
      const b = new Uint8Array(randomBytesOf(16));
      b[6] = (b[6] & 0x0f) | 0x40; // version 4
      b[8] = (b[8] & 0x3f) | 0x80; // RFC 4122 variant
      const hex = hexDecode(b, 0, 16);
      return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
    }
    get [Symbol.toStringTag]() { return 'Crypto'; }
  }
  const crypto = new Crypto();
  ObjectDefineProperty(global, 'crypto', { get() { return crypto; }, enumerable: true, configurable: true });
  exposeLazy('Crypto', Crypto, false);

  function validateNumberRange(value, name, min, max) {
    if (typeof value !== 'number') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "${name}" argument must be of type number.${describeReceived(value)}`);
    }
    if (!(value >= min && value <= max)) {
      throw outOfRange(name, `>= ${min} && <= ${max}`, value);
    }
  }
  function later(callback, ...args) { global.setImmediate(() => callback(...args)); }
  function randomBytes(size, callback) {
    validateNumberRange(size, 'size', 0, 2 ** 31 - 1);
    if (callback !== undefined && typeof callback !== 'function') {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "callback" argument must be of type function.${describeReceived(callback)}`);
    }
    const buf = new FastBuffer(randomBytesOf(size));
    if (callback === undefined) return buf;
    later(callback, null, buf);
    return undefined;
  }
  function randomFillSync(buf, offset = 0, size) {
    if (!ArrayBuffer.isView(buf) && !(buf instanceof ArrayBuffer)) {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
        `The "buf" argument must be an instance of ArrayBuffer or ArrayBufferView.${describeReceived(buf)}`);
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
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "min" argument must be a safe integer.${describeReceived(min)}`);
    }
    if (!Number.isSafeInteger(max)) {
      throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "max" argument must be a safe integer.${describeReceived(max)}`);
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
      const b = new Uint8Array(randomBytesOf(6));
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

  // ---------------------------------------------------------------------------------------
  // Event, EventTarget, CustomEvent, AbortController, AbortSignal (the DOM's, as Node has them)
  const kStop = Symbol('stop');
  const kTrusted = Symbol('trusted');
  class Event {
    #type; #bubbles; #cancelable; #composed; #defaultPrevented = false; #timeStamp;
    #target = null; #currentTarget = null; #phase = 0;
    constructor(type, options = undefined) {
      if (arguments.length === 0) throw missingArgs('type');
      if (options !== undefined && options !== null && typeof options !== 'object') {
        throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "options" argument must be of type object.${describeReceived(options)}`);
      }
      this.#type = `${type}`;
      this.#bubbles = Boolean(options && options.bubbles);
      this.#cancelable = Boolean(options && options.cancelable);
      this.#composed = Boolean(options && options.composed);
      this.#timeStamp = now();
      this[kStop] = false;
    }
    get type() { return this.#type; }
    get bubbles() { return this.#bubbles; }
    get cancelable() { return this.#cancelable; }
    get composed() { return this.#composed; }
    get defaultPrevented() { return this.#cancelable && this.#defaultPrevented; }
    get returnValue() { return !this.defaultPrevented; }
    get timeStamp() { return this.#timeStamp; }
    get eventPhase() { return this.#phase; }
    get target() { return this.#target; }
    get currentTarget() { return this.#currentTarget; }
    get srcElement() { return this.#target; }
    get isTrusted() { return this[kTrusted] === true; }
    get cancelBubble() { return this[kStop]; }
    preventDefault() { this.#defaultPrevented = true; }
    stopPropagation() {}
    stopImmediatePropagation() { this[kStop] = true; }
    composedPath() { return this.#phase === 0 ? [] : [this.#currentTarget]; }
    // Used by EventTarget.dispatchEvent only.
    static dispatching(event, target) {
      if (event.#phase !== 0) throw makeNodeError(Error, 'ERR_EVENT_RECURSION', `The event "${event.#type}" is already being dispatched`);
      event.#target = target;
      event.#currentTarget = target;
      event.#phase = 2;
    }
    static dispatched(event) {
      event.#currentTarget = null;
      event.#phase = 0;
    }
    [customInspect](depth, options) {
      const name = this.constructor.name;
      if (depth < 0) return name;
      return `${name} ${inspect({ type: this.#type, defaultPrevented: this.defaultPrevented, cancelable: this.#cancelable, timeStamp: this.#timeStamp }, options)}`;
    }
  }
  for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
    ObjectDefineProperty(Event, name, { value, enumerable: true });
    ObjectDefineProperty(Event.prototype, name, { value, enumerable: true });
  }
  class CustomEvent extends Event {
    #detail;
    constructor(type, options = undefined) {
      if (arguments.length === 0) throw missingArgs('type');
      super(type, options);
      this.#detail = options && options.detail !== undefined ? options.detail : null;
    }
    get detail() { return this.#detail; }
  }

  const kListeners = Symbol('kEvents');
  function validateListener(listener) {
    if (typeof listener === 'function' || (listener !== null && typeof listener === 'object' && typeof listener.handleEvent === 'function')) return;
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "listener" argument must be an instance of EventListener.${describeReceived(listener)}`);
  }
  function listenerOptions(options) {
    if (typeof options === 'boolean') return { capture: options, once: false, passive: false, signal: undefined };
    const o = options || {};
    return { capture: Boolean(o.capture), once: Boolean(o.once), passive: Boolean(o.passive), signal: o.signal };
  }
  class EventTarget {
    constructor() { this[kListeners] = new Map(); }
    addEventListener(type, listener, options = undefined) {
      if (arguments.length < 2) throw missingArgs('type", "listener');
      if (listener === null || listener === undefined) return;
      validateListener(listener);
      const { capture, once, passive, signal } = listenerOptions(options);
      if (signal !== undefined && signal.aborted) return;
      type = `${type}`;
      let list = this[kListeners].get(type);
      if (list === undefined) this[kListeners].set(type, list = []);
      if (list.some((l) => l.listener === listener && l.capture === capture)) return;
      const record = { listener, capture, once, passive, removed: false };
      list.push(record);
      if (signal !== undefined) {
        signal.addEventListener('abort', () => this.removeEventListener(type, listener, { capture }), { once: true });
      }
    }
    removeEventListener(type, listener, options = undefined) {
      if (arguments.length < 2) throw missingArgs('type", "listener');
      const capture = typeof options === 'boolean' ? options : Boolean(options && options.capture);
      const list = this[kListeners].get(`${type}`);
      if (list === undefined) return;
      const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
      if (i >= 0) {
        list[i].removed = true;
        list.splice(i, 1);
      }
    }
    dispatchEvent(event) {
      if (!(event instanceof Event)) {
        throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "event" argument must be an instance of Event.${describeReceived(event)}`);
      }
      Event.dispatching(event, this);
      try {
        const list = this[kListeners].get(event.type);
        for (const record of list === undefined ? [] : list.slice()) {
          if (record.removed) continue;
          if (record.once) this.removeEventListener(event.type, record.listener, { capture: record.capture });
          try {
            if (typeof record.listener === 'function') record.listener.call(this, event);
            else record.listener.handleEvent(event);
          } catch (err) {
            // As in Node: a throwing listener does not stop the others; its error is uncaught.
            process.nextTick(() => { throw err; });
          }
          if (event[kStop]) break;
        }
      } finally {
        Event.dispatched(event);
      }
      return !event.defaultPrevented;
    }
  }

  const kAbort = Symbol('abort');
  let constructingSignal = false;
  class AbortSignal extends EventTarget {
    #aborted = false;
    #reason = undefined;
    #onabort = null;
    constructor() {
      if (!constructingSignal) throw makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
      super();
    }
    get aborted() { return this.#aborted; }
    get reason() { return this.#reason; }
    get onabort() { return this.#onabort; }
    set onabort(handler) {
      if (this.#onabort !== null) this.removeEventListener('abort', this.#onabort);
      this.#onabort = typeof handler === 'function' ? handler : null;
      if (this.#onabort !== null) this.addEventListener('abort', this.#onabort);
    }
    throwIfAborted() { if (this.#aborted) throw this.#reason; }
    [kAbort](reason) {
      if (this.#aborted) return;
      this.#aborted = true;
      this.#reason = reason === undefined ? domException('This operation was aborted', 'AbortError') : reason;
      const event = new Event('abort');
      event[kTrusted] = true;
      this.dispatchEvent(event);
    }
    static abort(reason) {
      const signal = newSignal();
      signal.#aborted = true;
      signal.#reason = reason === undefined ? domException('This operation was aborted', 'AbortError') : reason;
      return signal;
    }
    static timeout(delay) {
      if (typeof delay !== 'number') {
        throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', `The "delay" argument must be of type number.${describeReceived(delay)}`);
      }
      const signal = newSignal();
      const timer = global.setTimeout(() => signal[kAbort](domException('The operation was aborted due to timeout', 'TimeoutError')), delay);
      timer.unref();
      return signal;
    }
    static any(signals) {
      const signal = newSignal();
      for (const s of signals) {
        if (s.aborted) { signal[kAbort](s.reason); return signal; }
      }
      for (const s of signals) s.addEventListener('abort', () => signal[kAbort](s.reason), { once: true });
      return signal;
    }
    [customInspect](depth, options) {
      if (depth < 0) return 'AbortSignal';
      return `AbortSignal ${inspect({ aborted: this.#aborted }, options)}`;
    }
  }
  class AbortController {
    #signal = newSignal();
    get signal() { return this.#signal; }
    abort(reason = domException('This operation was aborted', 'AbortError')) { this.#signal[kAbort](reason); }
    [customInspect](depth, options) {
      if (depth < 0) return 'AbortController';
      return `AbortController { signal: ${this.#signal[customInspect](depth - 1, options)} }`;
    }
  }
  // Only the engine makes signals (`new AbortSignal()` is an illegal constructor).
  function newSignal() {
    constructingSignal = true;
    try {
      return new AbortSignal();
    } finally {
      constructingSignal = false;
    }
  }
  // Node's AbortError (not a DOMException): what aborted timers/promises and events.once give.
  class AbortError extends Error {
    constructor(message = 'The operation was aborted', options = undefined) {
      super(message, options);
      this.code = 'ABORT_ERR';
      this.name = 'AbortError';
    }
  }
  for (const [name, value] of [['Event', Event], ['EventTarget', EventTarget], ['CustomEvent', CustomEvent],
    ['AbortController', AbortController], ['AbortSignal', AbortSignal]]) {
    exposeLazy(name, value, false);
  }

  exposeValue('global', global, true);

  return {
    buffer: {
      Buffer, kMaxLength, INSPECT_MAX_BYTES, constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: 2 ** 29 - 24 },
      atob, btoa, isUtf8: (b) => utf8Decode(b, 0, b.length, true) !== null,
      isAscii: (b) => b.every((x) => x < 128),
    },
    crypto: cryptoModule,
    // Called in an instance restored from a snapshot: the pool it restored is its own copy.
    restored(mutant) {
      // Planted leak (engine/src/mutants.rs, never in a normal build): one pool for the process.
      if (mutant === 'shared-snapshot-buffer') allocPool = mutantBuffer(poolSize);
    },
    AbortError,
    EventTarget,
    DOMException,
    TextEncoder,
    TextDecoder,
  };
});
