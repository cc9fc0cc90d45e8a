/*---
description = "a microtask left by an 'exit' listener that throws ends the instance with 1, no second 'exit'"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "exit 0\nmicrotask\n"
---*/
// A microtask left by an 'exit' listener that throws is a fatal error after exit: code 1,
// and 'exit' is not emitted a second time.
process.on('exit', (c) => {
  console.log('exit', c);
  Promise.resolve().then(() => { console.log('microtask'); throw new Error('after exit'); });
});
