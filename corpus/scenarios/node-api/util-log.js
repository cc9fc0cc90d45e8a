/*---
description = "util.log calls console.log('%s - %s', 'D Mon HH:MM:SS', util.format(...args)) with no deprecation warning"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "function 0\n3 \"%s - %s\" true \"hello world 5\"\n3 \"%s - %s\" true \"x=5 { a: 1 }\"\n3 \"%s - %s\" true \"\"\n"
---*/
process.on('warning', (w) => console.log('warning', w.code, w.message));
const util = require('util');
console.log(typeof util.log, util.log.length);
const orig = console.log;
const seen = [];
console.log = function (...args) { seen.push(args); };
util.log('hello', 'world', 5);
util.log('%s=%d', 'x', 5, { a: 1 });
util.log();
console.log = orig;
const re = /^([1-9]|[12][0-9]|3[01]) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ([01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]$/;
for (const a of seen) console.log(a.length, JSON.stringify(a[0]), re.test(a[1]), JSON.stringify(a[2]));
