/*---
description = "fork: a child's stdin through setEncoding as Node's StringDecoder (BOM kept, split characters joined, a cut one at the end as U+FFFD, hex/latin1/ucs2), and stdin.destroy(): the child reads the end, a later write fails to its callback only"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "utf8 \"\ufeffa\u00e9b\ufffd\"\nhex \"efbbbf61c3a962c3\"\nlatin1 \"\u00ef\u00bb\u00bfa\u00c3\u00a9b\u00c3\"\nucs2 \"\ubbef\u61bf\ua9c3\uc362\"\ndestroyed stdin: child exit 0 \"utf8 \\\"x\\\"\\n\"\nlate cb ERR_STREAM_DESTROYED\nno error event\n"
---*/
// A silent child's stdin through setEncoding as Node's StringDecoder does it (a BOM kept, a
// character cut between writes joined, one cut at the end as U+FFFD, byte encodings), and
// destroy(): the child reads the end; a later write fails to its callback only.
const { fork } = require('child_process');
if (process.argv[2] === 'child') {
  const enc = process.argv[3];
  if (enc !== 'none') process.stdin.setEncoding(enc);
  const parts = [];
  process.stdin.on('data', (d) => parts.push(d));
  process.stdin.on('end', () => console.log(enc, JSON.stringify(parts.join(''))));
} else {
  (async () => {
    for (const enc of ['utf8', 'hex', 'latin1', 'ucs2']) {
      const c = fork(__filename, ['child', enc], { silent: true });
      let out = '';
      c.stdout.on('data', (d) => { out += d; });
      c.stdin.write(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0xc3]));
      c.stdin.end(Buffer.from([0xa9, 0x62, 0xc3]));
      await new Promise((r) => c.on('exit', r));
      process.stdout.write(out);
    }
    const d = fork(__filename, ['child', 'utf8'], { silent: true });
    let out = '';
    d.stdout.on('data', (x) => { out += x; });
    d.stdin.write('x');
    d.stdin.destroy();
    d.on('exit', (code) => {
      console.log('destroyed stdin: child exit', code, JSON.stringify(out));
      d.stdin.write('late', (e) => { console.log('late cb', e.code); setImmediate(() => console.log('no error event')); });
    });
  })();
}
