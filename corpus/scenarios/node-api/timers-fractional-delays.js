/*---
description = "timers: delays are kept as given (_idleTimeout) but grouped by Math.trunc(delay) into per-duration lists that fire in insertion order; <1 and NaN become 1"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "1.5 1.5\n0.5 1\n0 1\n-5 1\n7 7\n2.5 2.5\nNaN 1\nundefined 1\n2147483648 1\nInfinity 1\n2.7 2.7\nwarning TimeoutOverflowWarning \"2147483648 does not fit into a 32-bit signed integer.\\nTimeout duration was set to 1.\"\nwarning TimeoutOverflowWarning \"Infinity does not fit into a 32-bit signed integer.\\nTimeout duration was set to 1.\"\n1 1.5 1.9 0.5 0 1.999 2 2.9 2.1\n"
---*/
process.on('warning', (w) => console.log('warning', w.name, JSON.stringify(w.message)));
const log = [];
// all the 1 ms list first (1, 1.5, 1.9, 0.5 -> 1, 0 -> 1, 1.999), then the 2 ms list (2, 2.1, 2.9)
setTimeout(() => log.push('1'), 1);
setTimeout(() => log.push('1.5'), 1.5);
setTimeout(() => log.push('1.9'), 1.9);
setTimeout(() => log.push('0.5'), 0.5);
setTimeout(() => log.push('0'), 0);
setTimeout(() => log.push('1.999'), 1.999);
setTimeout(() => log.push('2'), 2);
setTimeout(() => log.push('2.9'), 2.9);
setTimeout(() => log.push('2.1'), 2.1);
setTimeout(() => console.log(log.join(' ')), 50);
for (const d of [1.5, 0.5, 0, -5, '7', '2.5', NaN, undefined, 2 ** 31, Infinity]) {
  const t = setTimeout(() => {}, d);
  console.log(String(d), t._idleTimeout);
  clearTimeout(t);
}
const i = setInterval(() => {}, 2.7);
console.log(i._idleTimeout, i._repeat);
clearInterval(i);
