/*---
description = "after a drained loop's 'exit' listeners their microtasks still run, nextTick does not, and their exitCode wins"
node = true
[expect]
exit_code = 9
cause = "drained"
stdout = "exit 2\nmicrotask after exit\nnested microtask\n"
---*/
// After a drained loop's 'exit' listeners, their microtasks still run (nextTick does not),
// and an exitCode they set is the one the instance ends with.
process.on('exit', (c) => {
  console.log('exit', c);
  process.nextTick(() => console.log('tick never runs'));
  Promise.resolve().then(() => {
    console.log('microtask after exit');
    Promise.resolve().then(() => { console.log('nested microtask'); process.exitCode = 9; });
  });
});
process.exitCode = 2;
