/*---
description = "setTimeout passes its extra arguments"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "42\nimmediate y z\nrest 3\n"
---*/
setTimeout((a, b) => {
  console.log(a + b);
  setImmediate((x, y) => console.log('immediate', x, y), 'y', 'z');
  setTimeout((...rest) => console.log('rest', rest.length), 1, 1, 2, 3);
}, 1, 40, 2);
