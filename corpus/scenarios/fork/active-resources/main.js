/*---
description = "fork: process.getActiveResourcesInfo() names the IPC channel, the child process and a silent child's pipes as Node does, in both the parent and the child, through unref(), ref(), disconnect and exit"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "before [\"Timeout\"]\nafter fork [\"PipeWrap\",\"ProcessWrap\",\"Timeout\"]\nafter unref [\"PipeWrap\",\"Timeout\"]\nchild: start []\nchild: message listener [\"PipeWrap\"]\nchild: channel.unref []\nchild: channel.ref [\"PipeWrap\"]\nchild: no listeners, ref'd explicitly [\"PipeWrap\"]\non disconnect [\"PipeWrap\",\"ProcessWrap\",\"Timeout\"]\non exit [\"ProcessWrap\"]\nimmediate after exit [\"ProcessWrap\"]\na silent child [\"ProcessWrap\",\"PipeWrap\",\"PipeWrap\",\"PipeWrap\",\"PipeWrap\",\"ProcessWrap\"]\n"
---*/
// process.getActiveResourcesInfo() names IPC handles as Node does: the channel ('PipeWrap',
// referenced at the parent's end, at the child's only with 'message' or 'disconnect'
// listeners or an explicit ref()), the child process ('ProcessWrap', gone after unref()),
// a silent child's three stdio pipes, handles before timers.
const { fork } = require('child_process');
const ar = () => JSON.stringify(process.getActiveResourcesInfo());
const seen = [];
const timer = setTimeout(() => {}, 100000);
seen.push(`before ${ar()}`);
const child = fork(`${__dirname}/child.js`);
seen.push(`after fork ${ar()}`);
child.unref();
seen.push(`after unref ${ar()}`);
child.ref();
child.on('message', (m) => seen.push(...m.map((x) => `child: ${x}`)));
child.on('disconnect', () => seen.push(`on disconnect ${ar()}`));
child.on('exit', () => {
  clearTimeout(timer);
  seen.push(`on exit ${ar()}`);
  setImmediate(() => {
    seen.push(`immediate after exit ${ar()}`);
    const silent = fork(`${__dirname}/child.js`, ['silent'], { silent: true });
    seen.push(`a silent child ${ar()}`);
    silent.kill('SIGKILL');
    console.log(seen.join('\n'));
  });
});
child.send('go');
