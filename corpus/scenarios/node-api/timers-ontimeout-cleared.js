/*---
description = "timers: a timer whose _onTimeout is cleared (even inside its own callback, or before it fires) is dropped and destroyed, not called; the loop carries on"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "tick 1\nunref tick\nafter tick: true 1\ncleared before: true\ndone [ 'Timeout' ]\n"
---*/
let ticks = 0;
const t = setInterval(() => {
  ticks++;
  console.log('tick', ticks);
  t._onTimeout = null;
  // Due after the interval's next turn (both count from this turn's loop time), so the
  // check sees that turn however late this one ran.
  setTimeout(() => {
    console.log('after tick:', t._destroyed, ticks);
    console.log('cleared before:', early._destroyed);
    setTimeout(() => console.log('done', process.getActiveResourcesInfo().filter((r) => r === 'Timeout')), 5);
  }, 20);
}, 1);
const early = setTimeout(() => console.log('never'), 2);
early._onTimeout = undefined;
const u = setInterval(() => { console.log('unref tick'); u._onTimeout = false; }, 1).unref();
