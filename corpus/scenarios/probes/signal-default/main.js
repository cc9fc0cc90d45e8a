/*---
description = "canary: a signal to an instance without a listener meets its default action even inside a loop that never yields, while another instance (its parent) listens for that signal"
node = false
[expect]
exit_code = 0
cause = "drained"
stdout = "signal-default: child exit null SIGVTALRM\n"
[faults]
cpu_limit_ms = 5000
---*/
// Probe (corpus/README.md; node prints the same, but node has no CPU limit to compare
// under): this instance keeps a SIGVTALRM listener (a signal no other scenario
// uses, so no other instance clears what it set) while it sends SIGVTALRM to
// its child, which has none: the child must meet the signal's default action (it ends by the
// signal), whatever listeners this or any other instance has.
const { fork } = require('child_process');
const kept = () => {};
process.on('SIGVTALRM', kept);
const child = fork(`${__dirname}/child.js`);
child.on('message', () => child.kill('SIGVTALRM'));
child.on('exit', (code, signal) => {
  process.removeListener('SIGVTALRM', kept);
  console.log(`signal-default: child exit ${code} ${signal}`);
});
