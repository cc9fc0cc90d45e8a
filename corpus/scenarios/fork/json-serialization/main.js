/*---
description = "fork: messages are serialized as Node's 'json' does: a Date becomes its ISO string, Map and Set {}, NaN and Infinity null, -0 0, undefined and functions dropped, toJSON honoured"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "child got a object {\"date\":\"1970-01-02T00:00:00.000Z\",\"map\":{},\"set\":{},\"nan\":null,\"inf\":null,\"negZero\":0,\"nested\":[null,null,\"custom\"],\"str\":\"a\\nb\\\"c\",\"big\":1152921504606847000}\nchild got a string \"plain string\"\nchild got a number 42\nchild got a boolean true\nchild got a null null\nexit 0\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`);
child.send({
  date: new Date(86400000), map: new Map([[1, 2]]), set: new Set([1]), nan: NaN, inf: -Infinity, negZero: -0,
  undef: undefined, fn: () => 1, nested: [undefined, NaN, { toJSON() { return 'custom'; } }], str: 'a\nb"c', big: 2 ** 60,
});
child.send('plain string');
child.send(42);
child.send(true);
child.send(null);
child.on('message', ({ type, m }) => console.log('child got a', type, JSON.stringify(m)));
child.on('exit', (code) => console.log('exit', code));
