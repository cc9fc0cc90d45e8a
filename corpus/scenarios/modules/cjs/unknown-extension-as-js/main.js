/*---
description = "require of a file with an unknown extension compiles it as JavaScript"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "ran as js\nSyntaxError\n"
---*/
console.log(require('./code.txt').fromTxt);
try { require('./notjs.txt'); } catch (e) { console.log(e.name); }
