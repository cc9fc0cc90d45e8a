/*---
description = "canary: this instance's 'unhandledRejection' listener sees its own rejections and only those, over 50 turns"
node = true
copies = 16
[expect]
exit_code = 0
cause = "drained"
stdout = "rejections: 50 of 50 to own listener\n"
---*/
const token = `bh-token-${process.pid}`;
console.error(token);
let seen = 0;
process.on('unhandledRejection', (reason) => { if (reason === token) seen++; });
let turns = 0;
(function turn() {
  Promise.reject(token);
  if (++turns < 50) return setTimeout(turn, 1);
  setTimeout(() => console.log(`rejections: ${seen} of 50 to own listener`), 1);
})();
