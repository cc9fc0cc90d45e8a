/*---
description = "a try/catch around process.exit cannot swallow it"
node = true
[expect]
exit_code = 3
cause = "exited"
stdout = ""
---*/
try {
  process.exit(3);
} catch (e) {
  console.log('caught', e);
}
console.log('after');
