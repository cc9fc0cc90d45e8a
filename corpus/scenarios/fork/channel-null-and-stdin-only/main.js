/*---
description = "fork: child.channel and process.channel are null once the channel closed; stdio ['pipe', 'inherit', 'inherit', 'ipc'] gives child.stdin without output pipes"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "parent channel object true\nparent after disconnect null\nchild said: child after disconnect null false\nstdio[0] pipe: true null null true\nreader got \"in through stdio[0]\"\n"
---*/
// child.channel and the child's process.channel are null once the channel has closed, as in
// Node; stdio ['pipe', 'inherit', 'inherit', 'ipc'] gives a child.stdin and no output pipes.
const { fork } = require('child_process');
const role = process.argv[2];
if (role === 'child') {
  process.on('disconnect', () => console.log('child after disconnect', process.channel, process.connected));
  process.on('message', () => process.disconnect());
} else if (role === 'reader') {
  let s = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (d) => { s += d; });
  process.stdin.on('end', () => console.log('reader got', JSON.stringify(s)));
} else {
  const seen = [];
  const c = fork(__filename, ['child'], { silent: true });
  let out = '';
  c.stdout.on('data', (d) => { out += d; });
  seen.push(`parent channel ${typeof c.channel} ${c.channel !== null}`);
  c.on('disconnect', () => seen.push(`parent after disconnect ${c.channel}`));
  c.on('exit', () => {
    seen.push(`child said: ${out.trim()}`);
    const s = fork(__filename, ['reader'], { stdio: ['pipe', 'inherit', 'inherit', 'ipc'] });
    seen.push(`stdio[0] pipe: ${s.stdin !== null} ${s.stdout} ${s.stderr} ${s.stdio[0] === s.stdin}`);
    console.log(seen.join('\n'));
    s.stdin.end('in through stdio[0]');
  });
  c.send('go');
}
