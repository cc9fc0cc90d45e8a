/*---
description = "crypto.getRandomValues/randomUUID and require('crypto')'s random functions: shapes, limits, errors and callback order"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "true true\nQuotaExceededError 22 The requested length exceeds 65,536 bytes true\nTypeMismatchError 17 The data argument must be an integer-type TypedArray true\nTypeError ERR_MISSING_ARGS Failed to execute 'getRandomValues' on 'Crypto': 1 argument required, but only 0 present. false\n2 65536\n50 true\ntrue true 0 string\ntrue 3 true\nRangeError ERR_OUT_OF_RANGE The value of \"max\" is out of range. It must be greater than the value of \"min\" (5). Received 1\nTypeError ERR_INVALID_ARG_TYPE The \"max\" argument must be a safe integer. Received type number (1.5)\nRangeError ERR_OUT_OF_RANGE The value of \"max - min\" is out of range. It must be <= 281474976710655. Received 562_949_953_421_312\nRangeError ERR_OUT_OF_RANGE The value of \"size\" is out of range. It must be >= 0 && <= 2147483647. Received -1\nTypeError ERR_INVALID_ARG_TYPE The \"size\" argument must be of type number. Received type string ('x')\nRangeError ERR_OUT_OF_RANGE The value of \"offset\" is out of range. It must be >= 0 && <= 4. Received 5\n4\ntrue function\nint cb undefined true\ncb null 3\nfill cb null 2\n"
---*/
// crypto.getRandomValues/randomUUID and require('crypto')'s random functions: shapes, limits, errors
// and callback order as in Node (no random value is printed).
const a = new Uint8Array(8);
console.log(crypto.getRandomValues(a) === a, a.some((x) => x !== 0) || a.every((x) => x === 0));
for (const bad of [() => crypto.getRandomValues(new Uint8Array(65537)), () => crypto.getRandomValues(new Float32Array(2)), () => crypto.getRandomValues()]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message, e instanceof DOMException); }
}
console.log(crypto.getRandomValues(new BigUint64Array(2)).length, crypto.getRandomValues(new Uint8Array(65536)).length);
const uuids = new Set(Array.from({ length: 50 }, () => crypto.randomUUID()));
console.log(uuids.size, [...uuids].every((u) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(u)));
const c = require('crypto');
console.log(c.webcrypto === crypto, Buffer.isBuffer(c.randomBytes(4)), c.randomBytes(0).length, typeof c.randomUUID());
const ints = Array.from({ length: 200 }, () => c.randomInt(3, 6));
console.log(ints.every((n) => n >= 3 && n < 6), new Set(ints).size, c.randomInt(1) === 0);
for (const bad of [() => c.randomInt(5, 1), () => c.randomInt(1.5), () => c.randomInt(0, 2 ** 49), () => c.randomBytes(-1), () => c.randomBytes('x'), () => c.randomFillSync(new Uint8Array(4), 5)]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
console.log(c.randomFillSync(new Uint8Array(4), 1, 2).length);
// Node runs randomBytes and randomFill on its thread pool, so two of them pending at once may
// call back in either order: the second starts from the first's callback.
c.randomBytes(3, (err, buf) => {
  console.log('cb', err, buf.length);
  c.randomFill(new Uint32Array(2), (err, buf) => console.log('fill cb', err, buf.length));
});
c.randomInt(10, (err, n) => console.log('int cb', err, n >= 0 && n < 10));
console.log(Object.keys(globalThis).includes('crypto'), typeof Crypto);
