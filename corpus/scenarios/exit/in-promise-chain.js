/*---
description = "process.exit in the middle of a promise chain stops the rest of the chain"
node = true
[expect]
exit_code = 12
cause = "exited"
stdout = "step 1\nstep 2\nexit 12\n"
---*/
Promise.resolve(1)
  .then((v) => { console.log('step', v); return v + 1; })
  .then((v) => { console.log('step', v); process.exit(12); })
  .then(() => console.log('never'))
  .finally(() => console.log('never either'));
process.on('exit', (c) => console.log('exit', c));
