/*---
description = "a SyntaxError in a required file is thrown by require at run time (catchable); the main module body before it has run"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "main runs first\nSyntaxError Unexpected token ';'\n<dir>/bad.js:2\n"
---*/
console.log('main runs first');
try {
  require('./bad.js');
} catch (e) {
  console.log(e.name, e.message);
  console.log(e.stack.split('\n')[0].replace(__dirname, '<dir>'));
}
