/*---
description = "fork: a child sees its parent's process.env by default (changes included), or exactly options.env (values as strings, undefined dropped); the parent's own is untouched"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "default BH_PARENT_SET from-parent ONLY undefined NUM undefined undefined false true\nown BH_PARENT_SET undefined ONLY this NUM 5 string false false\nown keys NUM,ONLY\nparent still sees from-parent undefined\n"
---*/
const { fork } = require('child_process');
process.env.BH_PARENT_SET = 'from-parent';
const a = fork(`${__dirname}/child.js`, ['default']);
a.on('exit', () => {
  const b = fork(`${__dirname}/child.js`, ['own'], { env: { ONLY: 'this', NUM: 5, DROP: undefined } });
  b.on('exit', () => console.log('parent still sees', process.env.BH_PARENT_SET, process.env.ONLY));
});
