/*---
description = "the native os module answers like node's"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "\"\\n\" true true\nstring LE true\n"
---*/
const os = require('node:os');
console.log(JSON.stringify(os.EOL), os.platform() === process.platform, os.arch() === process.arch);
console.log(typeof os.hostname(), os.endianness(), os.availableParallelism() > 0);
