/*---
description = "an interval repeats until it clears itself"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "interval 1\ninterval 2\ninterval 3\nran 3 times\n"
---*/
let n = 0;
const iv = setInterval(() => {
  console.log('interval', ++n);
  if (n === 3) clearInterval(iv);
}, 2);
process.on('exit', () => console.log('ran', n, 'times'));
