/*---
description = "fork: a silent child's stdin carries what the parent writes, in order (a character split across writes included), and ends when the parent ends it; end callback, 'finish' and 'close' in Node's order"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "stdin function writable true stdio[0] true\nwrite returned true\nwritable after end false\nERR_INVALID_ARG_TYPE\nwrite cb null\nend cb null\nfinish\nclose\nexit 0\nchild stdin readable true\nchild read \"hello\\n\u00e9\\nbye\"\n"
---*/
// A silent child's stdin: what the parent writes arrives, in order, on the child's
// process.stdin, which ends when the parent ends it; the end callback, 'finish' and 'close'
// come in Node's order, and a write after end() fails (callback and 'error').
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`, { silent: true });
const seen = [];
let out = '';
child.stdout.on('data', (d) => { out += d; });
seen.push(`stdin ${typeof child.stdin.write} writable ${child.stdin.writable} stdio[0] ${child.stdio[0] === child.stdin}`);
seen.push(`write returned ${child.stdin.write('hello\n', (e) => seen.push(`write cb ${e}`))}`);
child.stdin.write(Buffer.from([0xc3]));
child.stdin.write(Buffer.from([0xa9, 0x0a]));
child.stdin.on('finish', () => seen.push('finish'));
child.stdin.on('close', () => seen.push('close'));
child.stdin.end('bye', (e) => seen.push(`end cb ${e}`));
seen.push(`writable after end ${child.stdin.writable}`);
try { child.stdin.write(42); } catch (e) { seen.push(`${e.code}`); }
child.on('exit', (code) => {
  seen.push(`exit ${code}`);
  console.log(seen.join('\n'));
  process.stdout.write(out);
});
