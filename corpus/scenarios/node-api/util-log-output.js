/*---
description = "util.log prints '%s - %s' with a 'D Mon HH:MM:SS' local timestamp (day not padded, time padded) through the global console.log; the timestamp is masked here so that the output does not depend on the clock"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "D Mon HH:MM:SS - hello world 5 { a: 1 }\nD Mon HH:MM:SS - x=5\nD Mon HH:MM:SS - \n"
---*/
const util = require('util');
const print = console.log;
const stamp = /^([1-9]|[12][0-9]|3[01]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$/;
console.log = function (format, time, ...rest) {
  print.call(this, format, stamp.test(time) ? 'D Mon HH:MM:SS' : time, ...rest);
};
util.log('hello', 'world', 5, { a: 1 });
util.log('%s=%d', 'x', 5);
util.log();
