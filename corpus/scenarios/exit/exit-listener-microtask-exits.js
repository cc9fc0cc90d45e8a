/*---
description = "process.exit() in a microtask left by an 'exit' listener sets the final code"
node = true
[expect]
exit_code = 6
cause = "exited"
stdout = "exit 0\nmicrotask\n"
---*/
// process.exit() inside a microtask left by an 'exit' listener sets the final code.
process.on('exit', (c) => {
  console.log('exit', c);
  queueMicrotask(() => { console.log('microtask'); process.exit(6); });
});
