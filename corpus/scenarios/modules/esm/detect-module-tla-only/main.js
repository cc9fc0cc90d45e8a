/*---
description = "a .js file with no package.json whose only ESM feature is top-level await is detected as an ES module (require is then undefined)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "awaited undefined undefined undefined\n"
---*/
const v = await Promise.resolve('awaited');
console.log(v, typeof require, typeof module, this);
