/*---
description = "The Web globals Node 20 has: structuredClone, atob/btoa, TextEncoder/TextDecoder,"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "{\n  a: [ 1, { b: 1970-01-01T00:00:00.000Z } ],\n  m: Map(1) { 1 => Set(1) { 2 } }\n}\ntrue true\nDataCloneError f() {} could not be cloned. 25 true\nDataCloneError Symbol(x) could not be cloned. 25 true\nDataCloneError #<Promise> could not be cloned. 25 true\n{ x: 1 } true\naGVsbG8= hello hello\nInvalidCharacterError The string to be decoded is not correctly encoded. 5\nInvalidCharacterError Invalid character 5\nutf-8 Uint8Array(3) [ 226, 130, 172 ] { read: 2, written: 3 }\n\u20ac\ufffd\nTypeError ERR_ENCODING_INVALID_ENCODED_DATA The encoded data was not valid for encoding utf-8\nnumber true\nab measure true\ntrue true\n"
---*/
// The Web globals Node 20 has: structuredClone, atob/btoa, TextEncoder/TextDecoder,
// performance, DOMException, and `global` itself.
const s = structuredClone({ a: [1, { b: new Date(0) }], m: new Map([[1, new Set([2])]]) });
console.log(s);
const c = { n: 1 }; c.self = c;
const cc = structuredClone(c);
console.log(cc.self === cc, cc !== c);
for (const v of [{ f() {} }, Symbol('x'), Promise.resolve()]) {
  try { structuredClone(v); } catch (e) { console.log(e.name, e.message, e.code, e instanceof Error); }
}
class K { constructor() { this.x = 1; } }
console.log(structuredClone(new K()), structuredClone(new RangeError('boom')) instanceof RangeError);
console.log(btoa('hello'), atob('aGVsbG8='), atob(' aGVs bG8 '));
for (const bad of [() => atob('abcde'), () => btoa('€')]) {
  try { bad(); } catch (e) { console.log(e.name, e.message, e.code); }
}
const te = new TextEncoder();
console.log(te.encoding, te.encode('€'), te.encodeInto('héllo', new Uint8Array(3)));
console.log(new TextDecoder().decode(new Uint8Array([0xe2, 0x82, 0xac, 0xff])));
try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof performance.now(), performance.timeOrigin === performance.timeOrigin);
performance.mark('a'); performance.mark('b');
const m = performance.measure('ab', 'a', 'b');
console.log(m.name, m.entryType, m.duration >= 0);
console.log(global === globalThis, require('buffer').Buffer === Buffer);
