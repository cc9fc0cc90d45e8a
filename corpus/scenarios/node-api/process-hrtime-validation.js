/*---
description = "process.hrtime(time): time must be an Array (ERR_INVALID_ARG_TYPE) of length 2 (ERR_OUT_OF_RANGE); elements are not checked"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "TypeError ERR_INVALID_ARG_TYPE The \"time\" argument must be an instance of Array. Received type string ('x')\nRangeError ERR_OUT_OF_RANGE The value of \"time\" is out of range. It must be 2. Received 1\nRangeError ERR_OUT_OF_RANGE The value of \"time\" is out of range. It must be 2. Received 3\nRangeError ERR_OUT_OF_RANGE The value of \"time\" is out of range. It must be 2. Received 0\nTypeError ERR_INVALID_ARG_TYPE The \"time\" argument must be an instance of Array. Received an instance of Object\nTypeError ERR_INVALID_ARG_TYPE The \"time\" argument must be an instance of Array. Received null\nTypeError ERR_INVALID_ARG_TYPE The \"time\" argument must be an instance of Array. Received type number (5)\nTypeError ERR_INVALID_ARG_TYPE The \"time\" argument must be an instance of Array. Received type boolean (true)\nTypeError ERR_INVALID_ARG_TYPE The \"time\" argument must be an instance of Array. Received an instance of Uint32Array\nok true 2 number,NaN\nok true 2 NaN,number\nok true 2 number,number\nok true 2 number,number\nTypeError undefined Cannot mix BigInt and other types, use explicit conversions\ntrue true true true 2\n1 hrtime hrtimeBigInt bigint\n"
---*/
for (const arg of ['x', [1], [1, 2, 3], [], {}, null, 5, true, new Uint32Array(2), [1, 'a'], ['a', 1], [1.5, 2], [-1, 0], [1n, 2n]]) {
  try {
    const r = process.hrtime(arg);
    console.log('ok', Array.isArray(r), r.length, r.map((v) => (Number.isNaN(v) ? 'NaN' : typeof v)).join());
  } catch (e) { console.log(e.name, e.code, e.message); }
}
const a = process.hrtime();
const d = process.hrtime(a);
console.log(d[0] >= 0, d[1] >= 0, d[1] < 1e9, Number.isInteger(d[1]), process.hrtime(undefined).length);
console.log(process.hrtime.length, process.hrtime.name, process.hrtime.bigint.name, typeof process.hrtime.bigint(1));
