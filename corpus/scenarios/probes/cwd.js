/*---
description = "canary: this instance's working directory (process.cwd, path.resolve) reads back as its own over 100 loop turns, while copies chdir into theirs or stay where they started"
node = true
copies = 16
[expect]
exit_code = 0
cause = "drained"
stdout = "cwd: own\n"
---*/
// Probe (corpus/README.md): a directory of its own, entered with process.chdir (half the
// copies stay where they started, so a chdir that reached the whole process would move them),
// read back across loop turns while its copies run; the token also goes to stderr.
const path = require('path');
const token = `bh-token-${process.pid}`;
console.error(token);
const dirs = ['/', '/tmp', '/usr', '/etc', '/var', '/dev', '/proc'];
const mine = process.pid % 2 === 0 ? dirs[(process.pid >> 1) % dirs.length] : process.cwd();
if (mine !== process.cwd()) process.chdir(mine);
let foreign;
let turns = 0;
(function turn() {
  const seen = [process.cwd(), path.resolve('.'), path.dirname(path.resolve('x'))];
  if (seen.some((d) => d !== mine) && foreign === undefined) foreign = seen.join(' ');
  if (++turns < 100) return setTimeout(turn, 1);
  console.log(foreign === undefined ? 'cwd: own' : `cwd: FOREIGN ${foreign} (own ${mine})`);
})();
