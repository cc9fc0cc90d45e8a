// Support for the assert-deep-* table scenarios (boxed-primitives, errors, typed-arrays), not a
// scenario itself: t(name, a, b) prints one row — the name, then what assert.deepStrictEqual,
// assert.deepEqual (loose) and util.isDeepStrictEqual say of a and b, an assert column being
// true when it passes and the thrown error's code when it fails.
const assert = require('assert');
const util = require('util');
module.exports = function t(name, a, b) {
  let s, l;
  try { assert.deepStrictEqual(a, b); s = true; } catch (e) { s = e.code; }
  try { assert.deepEqual(a, b); l = true; } catch (e) { l = e.code; }
  console.log(name, s, l, util.isDeepStrictEqual(a, b));
};
