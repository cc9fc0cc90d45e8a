/*---
description = "canary: 30 times, a SIGUSR2 this instance sends itself reaches its own listener, while copies add and remove theirs"
node = true
copies = 16
[expect]
exit_code = 0
cause = "drained"
stdout = "signals: 30 of 30 to own listener\n"
---*/
const token = `bh-token-${process.pid}`;
console.error(token);
let delivered = 0;
let cycle = 0;
let waited = 0;
function listener() { delivered++; }
(function next() {
  if (cycle === 30) return console.log(`signals: ${delivered} of 30 to own listener`);
  if (delivered === cycle) {
    // The previous cycle's signal arrived: remove the listener, add it again, send another.
    process.removeListener('SIGUSR2', listener);
    process.on('SIGUSR2', listener);
    process.kill(process.pid, 'SIGUSR2');
    cycle++;
    waited = 0;
  } else if (++waited > 200) {
    return console.log(`signals: LOST after ${delivered} of 30`);
  }
  setTimeout(next, 1);
})();
