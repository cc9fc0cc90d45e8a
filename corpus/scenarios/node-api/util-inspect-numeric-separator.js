/*---
description = "util.inspect/formatWithOptions numericSeparator: underscores in integer and fraction parts, BigInt, -0 prints 0"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "1_234_567\n123\n1_234\n-1_234_567.891_234\n0.000_123_4\n1_234_567n\n-1_234n\n1e+21\n123_456_789.123_456_79\nNaN\nInfinity\n0\n12_345.5\n1_000.123_45\n[ 1_000_000, 2_000n ]\n{ a: 10_000 }\n1234567 -0\n1234567 1234567\n1_234_567 1_234_567 1_234_567\n1_234_567 1_234_567n\n98_765 98_765\n"
---*/
const util = require('util');
const ns = { numericSeparator: true };
for (const v of [1234567, 123, 1234, -1234567.891234, 0.0001234, 1234567n, -1234n, 1e21,
  123456789.123456789, NaN, Infinity, -0, 12345.5, 1000.12345]) {
  console.log(util.inspect(v, ns));
}
console.log(util.inspect([1000000, 2000n], ns));
console.log(util.inspect({ a: 10000 }, ns));
console.log(util.inspect(1234567, { numericSeparator: false }), util.inspect(-0));
console.log(util.format('%d', 1234567), util.format('%i', 1234567));
console.log(util.formatWithOptions(ns, '%d %i %s', 1234567, 1234567.5, 1234567));
console.log(util.formatWithOptions(ns, 1234567, 1234567n));
util.inspect.defaultOptions.numericSeparator = true;
console.log(util.inspect(98765), util.format('%d', 98765));
util.inspect.defaultOptions.numericSeparator = false;
