/*---
description = "fork: a write to a child's stdin after end() fails with ERR_STREAM_WRITE_AFTER_END (callback, then 'error'); the stream never finishes and closes"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "late cb ERR_STREAM_WRITE_AFTER_END: write after end\nerror ERR_STREAM_WRITE_AFTER_END\nclose\nexit 0\n"
---*/
// A write to a child's stdin after end(): the write's callback gets ERR_STREAM_WRITE_AFTER_END,
// then 'error'; the stream never finishes, and closes.
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`, { silent: true });
const seen = [];
child.stdin.on('finish', () => seen.push('finish'));
child.stdin.on('close', () => seen.push('close'));
child.stdin.end('only');
child.stdin.write('late', (e) => seen.push(`late cb ${e.code}: ${e.message}`));
child.stdin.on('error', (e) => seen.push(`error ${e.code}`));
child.on('exit', (code) => console.log(seen.concat(`exit ${code}`).join('\n')));
