// internal/web/encoding.js - TextEncoder, TextDecoder, atob and btoa.
'use strict';

const { base64Decode, base64Encode, base64Values, charCodes, latin1Encode, utf16leDecode, utf8Decode, utf8Encode } = require('internal/encoding');
const { invalidArgType, makeNodeError, missingArgs } = require('internal/errors');
const { domException } = require('internal/web/dom_exception');
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
  // Streaming (decode(chunk, { stream: true })): the bytes of a character cut at a chunk's end,
  // and whether the stream's start (where a BOM may be) is behind.
  #pending = null;
  #started = false;
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
  decode(input = new Uint8Array(0), options = undefined) {
    let bytes;
    if (input instanceof ArrayBuffer || (typeof SharedArrayBuffer === 'function' && input instanceof SharedArrayBuffer)) bytes = new Uint8Array(input);
    else if (ArrayBuffer.isView(input)) bytes = new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
    else {
      throw invalidArgType('input', ['ArrayBuffer', 'ArrayBufferView'], input);
    }
    const stream = options !== null && typeof options === 'object' && Boolean(options.stream);
    if (this.#pending !== null) {
      const joined = new Uint8Array(this.#pending.length + bytes.length);
      joined.set(this.#pending);
      joined.set(bytes, this.#pending.length);
      bytes = joined;
      this.#pending = null;
    }
    if (stream) {
      const cut = this.#incompleteTail(bytes);
      if (cut < bytes.length) {
        this.#pending = bytes.slice(cut);
        bytes = bytes.subarray(0, cut);
      }
    }
    const atStart = !this.#started;
    // The stream's start is behind once a byte of it was decoded; a call without stream ends it.
    this.#started = stream && (this.#started || bytes.length > 0);
    let start = 0;
    if (this.#encoding === 'utf-8') {
      if (atStart && !this.#ignoreBOM && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
      const text = utf8Decode(bytes, start, bytes.length, this.#fatal);
      if (text === null) {
        throw makeNodeError(TypeError, 'ERR_ENCODING_INVALID_ENCODED_DATA', `The encoded data was not valid for encoding ${this.#encoding}`);
      }
      return text;
    }
    if (this.#encoding === 'utf-16le') {
      if (atStart && !this.#ignoreBOM && bytes[0] === 0xff && bytes[1] === 0xfe) start = 2;
      return utf16leDecode(bytes, start, bytes.length);
    }
    return charCodes(bytes, 0, bytes.length, 0xff);
  }

  // Where the character cut at the end of `bytes` starts (bytes.length when none is cut): a
  // UTF-8 lead byte short of its continuation bytes, or the odd byte of a UTF-16 unit.
  #incompleteTail(bytes) {
    const n = bytes.length;
    if (this.#encoding === 'utf-16le') return n - (n % 2);
    if (this.#encoding !== 'utf-8') return n;
    for (let i = n - 1; i >= 0 && i >= n - 4; i--) {
      const b = bytes[i];
      if ((b & 0xc0) === 0x80) continue;
      const needed = b >= 0xf0 && b <= 0xf4 ? 4 : b >= 0xe0 ? 3 : b >= 0xc2 ? 2 : 1;
      return n - i < needed ? i : n;
    }
    return n;
  }
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

module.exports = {
  TextDecoder,
  TextEncoder,
  atob,
  btoa,
};
