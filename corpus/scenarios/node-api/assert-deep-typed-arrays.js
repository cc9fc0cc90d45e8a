/*---
description = "deepStrictEqual/deepEqual/isDeepStrictEqual on typed arrays, DataView and ArrayBuffer"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "u8 same true true true\nu8 diff ERR_ASSERTION ERR_ASSERTION false\nu8 vs i8 ERR_ASSERTION ERR_ASSERTION false\nu8 vs Buffer ERR_ASSERTION true false\nu8 vs array ERR_ASSERTION ERR_ASSERTION false\nu8 length ERR_ASSERTION ERR_ASSERTION false\nf32 -0 vs 0 ERR_ASSERTION true false\nf64 NaN true ERR_ASSERTION true\nu8 extra prop ERR_ASSERTION ERR_ASSERTION false\nbigint64 true true true\nu16 same bytes true true true\nu8 subarray true true true\ndataview true true true\narraybuffer len ERR_ASSERTION ERR_ASSERTION false\narraybuffer bytes ERR_ASSERTION ERR_ASSERTION false\n"
---*/
const t = require('./_deep-compare.js');
// columns: deepStrictEqual, deepEqual (loose), util.isDeepStrictEqual
t('u8 same', new Uint8Array([1, 2]), new Uint8Array([1, 2]));
t('u8 diff', new Uint8Array([1, 2]), new Uint8Array([1, 3]));
t('u8 vs i8', new Uint8Array([1, 2]), new Int8Array([1, 2]));
t('u8 vs Buffer', new Uint8Array([1, 2]), Buffer.from([1, 2]));
t('u8 vs array', new Uint8Array([1]), [1]);
t('u8 length', new Uint8Array([1]), new Uint8Array([1, 0]));
t('f32 -0 vs 0', new Float32Array([-0]), new Float32Array([0]));
t('f64 NaN', new Float64Array([NaN]), new Float64Array([NaN]));
const x = new Uint8Array([1]); x.foo = 1;
t('u8 extra prop', x, new Uint8Array([1]));
t('bigint64', new BigInt64Array([1n]), new BigInt64Array([1n]));
t('u16 same bytes', new Uint16Array([258]), new Uint16Array([258]));
t('u8 subarray', new Uint8Array([9, 1, 2]).subarray(1), new Uint8Array([1, 2]));
t('dataview', new DataView(new ArrayBuffer(2)), new DataView(new ArrayBuffer(2)));
t('arraybuffer len', new ArrayBuffer(2), new ArrayBuffer(3));
t('arraybuffer bytes', new Uint8Array([1]).buffer, new Uint8Array([2]).buffer);
