// internal/web/encoding.js — TextEncoder, TextDecoder, atob and btoa.
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
      throw invalidArgType('input', ['ArrayBuffer', 'ArrayBufferView'], input);
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
