/*---
description = "fork: send(undefined) is ERR_MISSING_ARGS, a function or symbol ERR_INVALID_ARG_TYPE, a BigInt throws at once (json serialization); send returns true"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "undefined TypeError ERR_MISSING_ARGS The \"message\" argument must be specified\nfunction TypeError ERR_INVALID_ARG_TYPE The \"message\" argument must be one of type string, object, number, or boolean. Received function \nsymbol TypeError ERR_INVALID_ARG_TYPE The \"message\" argument must be one of type string, object, number, or boolean. Received type symbol (Symbol(s))\nbigint TypeError ERR_INVALID_ARG_TYPE The \"message\" argument must be one of type string, object, number, or boolean. Received type bigint (1n)\nbigint inside TypeError undefined Do not know how to serialize a BigInt\nreturns true\nexit 0\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`);
for (const [label, value] of [['undefined', undefined], ['function', () => {}], ['symbol', Symbol('s')], ['bigint', 1n], ['bigint inside', { n: 2n }]]) {
  try {
    child.send(value);
    console.log(label, 'sent');
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
console.log('returns', child.send('last'));
child.on('exit', (code) => console.log('exit', code));
