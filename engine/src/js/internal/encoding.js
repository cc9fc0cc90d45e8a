// internal/encoding.js - Strings and bytes in UTF-8, Latin-1, UTF-16LE, hex and base64, as Buffer and the Web
// encoders need them.
'use strict';

const { makeNodeError } = require('internal/errors');
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

module.exports = {
  base64Decode,
  base64Encode,
  base64Values,
  bytesToString,
  charCodes,
  encodingOrThrow,
  hexDecode,
  latin1Encode,
  normalizeEncoding,
  stringToBytes,
  utf16leDecode,
  utf8Decode,
  utf8Encode,
};
