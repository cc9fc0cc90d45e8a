/*---
description = "after process.exit(), microtasks queued by 'exit' listeners never run"
node = true
[expect]
exit_code = 3
cause = "exited"
stdout = "exit 3\n"
---*/
// After process.exit(), microtasks queued by 'exit' listeners never run.
process.on('exit', (c) => {
  console.log('exit', c);
  Promise.resolve().then(() => console.log('never'));
});
process.exit(3);
