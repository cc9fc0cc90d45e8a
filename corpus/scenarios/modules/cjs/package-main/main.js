/*---
description = "a folder's package.json main is honoured with an extension, without one (.js tried) and pointing at a folder (its index.js)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "./pkg-ext pkg-ext/lib/entry.js pkg-ext/lib/entry.js\n./pkg-noext pkg-noext/lib/entry.js pkg-noext/lib/entry.js\n./pkg-dirmain pkg-dirmain/lib/inner/index.js pkg-dirmain/lib/inner/index.js\n"
---*/
const path = require('path');
for (const p of ['./pkg-ext', './pkg-noext', './pkg-dirmain']) {
  console.log(p, require(p).where, path.relative(__dirname, require.resolve(p)));
}
