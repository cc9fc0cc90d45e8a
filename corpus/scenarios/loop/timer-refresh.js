/*---
description = "timer.refresh() restarts the countdown, also inside its own callback and after it fired; a cleared timer stays cleared"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "this is timer true 1\nthis is timer true 2\nthis is timer true 3\nfired 1\nfired 2\nexit 3 2\n"
---*/
// timer.refresh() restarts the countdown, also from inside its own callback and after it
// fired; a cleared timer stays cleared, an unref'd one does not hold the loop.
let count = 0;
let n = 0;
const self = setTimeout(function () {
  console.log('this is timer', this === self, ++count);
  if (count < 3) self.refresh();
  else reviveAfterFiring();
}, 1);
function reviveAfterFiring() {
  const t = setTimeout(() => {
    console.log('fired', ++n);
    if (n === 1) setImmediate(() => t.refresh());
  }, 2);
}
const c = setTimeout(() => console.log('cleared never'), 2);
clearTimeout(c);
c.refresh();
const u = setTimeout(() => console.log('unref refreshed never'), 60000);
u.unref();
u.refresh();
process.on('exit', () => console.log('exit', count, n));
