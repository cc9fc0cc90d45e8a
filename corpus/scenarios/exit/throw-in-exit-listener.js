/*---
description = "an 'exit' listener that throws during a natural end: status 1, no second 'exit'"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "main\nexit 0\n"
---*/
process.on('exit', (code) => {
  console.log('exit', code);
  throw new Error('in exit');
});
console.log('main');
