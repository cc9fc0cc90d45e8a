/*---
description = "a .js main detected as an ES module (no package.json) with an unsettled top-level await also exits 13"
node = true
[expect]
exit_code = 13
cause = "drained"
stdout = "exit 0 13\n"
---*/
process.on('exit', (code) => console.log('exit', code, process.exitCode));
await new Promise(() => {});
