/*---
description = "fork: serialization 'advanced' is V8's serializer: Map, Set, Date, typed arrays, BigInt, -0, Error, holes and RegExp survive both ways; a function inside throws V8's 'could not be cloned' Error at once"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "function inside Error undefined f() {} could not be cloned.\nsymbol TypeError ERR_INVALID_ARG_TYPE The \"message\" argument must be one of type string, object, number, or boolean. Received type symbol (Symbol(s))\nundefined TypeError ERR_MISSING_ARGS The \"message\" argument must be specified\nchild sees a Map: true a BigInt: bigint an Error: true\nechoed back: 2 1,x 1970-01-01T00:00:00.000Z true 1,2 0.5 bigint true true true bad true true false g true\nexit 0\n"
---*/
const { fork } = require('child_process');
const child = fork(`${__dirname}/child.js`, { serialization: 'advanced' });
for (const [label, value] of [['function inside', { f() {} }], ['symbol', Symbol('s')], ['undefined', undefined]]) {
  try {
    child.send(value);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
  }
}
child.send({
  map: new Map([[1, { a: 2 }]]), set: new Set([1, 'x']), date: new Date(0), u8: new Uint8Array([1, 2]),
  f64: new Float64Array([0.5]), big: 10n ** 20n, negZero: -0, err: new RangeError('bad'), undef: undefined,
  nan: NaN, holes: [1, , 3], re: /x/g, nested: { deep: [new Map(), new Set()] },
});
child.on('message', (m) => {
  console.log('echoed back:', m.map.get(1).a, [...m.set].join(), m.date.toISOString(), m.u8 instanceof Uint8Array, m.u8.join(),
    m.f64[0], typeof m.big, m.big === 10n ** 20n, Object.is(m.negZero, -0), m.err instanceof RangeError, m.err.message,
    'undef' in m, Number.isNaN(m.nan), 1 in m.holes, m.re.flags, m.nested.deep[0] instanceof Map);
});
child.on('exit', (code) => console.log('exit', code));
