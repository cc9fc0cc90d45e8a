/*---
description = "fork: children that throw, exit 9 or are signalled end alone; the parent and its other children go on"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "exit9:9:null ok:0:null sigterm:null:SIGTERM throw:1:null parent fine\n"
---*/
const { fork } = require('child_process');
let alive = 0;
const results = [];
for (const kind of ['throw', 'exit9', 'sigterm', 'ok']) {
  alive++;
  const c = fork(`${__dirname}/child.js`, [kind], { silent: true });
  c.on('exit', (code, signal) => {
    results.push(`${kind}:${code}:${signal}`);
    if (--alive === 0) console.log(results.sort().join(' '), 'parent fine');
  });
}
