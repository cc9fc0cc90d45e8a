/*---
description = "a 'beforeExit' listener that resolves the awaited promise lets the module continue and finish: exit 0; 'beforeExit' does not fire a second time because the continuation scheduled no loop work"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "beforeExit 0 undefined\nresumed with released\nexit 0 undefined\n"
---*/
let release;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, process.exitCode);
  if (release) { release('released'); release = null; }
});
process.on('exit', (code) => console.log('exit', code, process.exitCode));
const v = await new Promise((resolve) => { release = resolve; });
console.log('resumed with', v);
