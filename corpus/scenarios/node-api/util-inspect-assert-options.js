/*---
description = "util.inspect with the options assert's messages use (compact false, sorted, getters, depth 1000, no custom inspectors): multi-line objects, arrays, Maps, Sets, errors, <ref *1>/[Circular *1]"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "{\n  a: 'x',\n  b: 1,\n  c: [\n    1,\n    2\n  ],\n  d: {},\n  e: []\n}\n[\n  3,\n  1,\n  [\n    2,\n    [\n      1\n    ]\n  ]\n]\nMap(2) {\n  'a' => {\n    x: 1,\n    y: 2\n  },\n  'z' => 1\n}\nSet(3) {\n  1,\n  2,\n  [\n    0\n  ]\n}\n<ref *1> {\n  list: [\n    [Circular *1],\n    {\n      parent: [Circular *1]\n    }\n  ],\n  name: 'c',\n  self: [Circular *1]\n}\n<ref *1> [\n  1,\n  [Circular *1]\n]\n[TypeError: bad thing] {\n  code: 'E_BAD'\n}\n{\n  error: [TypeError: bad thing] {\n    code: 'E_BAD'\n  },\n  nested: {\n    deeper: {\n      deepest: {\n        value: [\n          'x'\n        ]\n      }\n    }\n  }\n}\n{\n  both: [Getter/Setter: 2],\n  computed: [Getter] {\n    a: 1\n  },\n  only: [Setter]\n}\n[\n  0,\n  1,\n  2,\n  3,\n  4,\n  5,\n  6,\n  7\n]\n120\n{\n  custom: {\n    [Symbol(nodejs.util.inspect.custom)]: [Function: [nodejs.util.inspect.custom]],\n    real: true\n  }\n}\n{\n  target: true\n}\n[\n  Map(0) {},\n  Set(0) {},\n  Map(1) {\n    1 => Set(1) {\n      2\n    }\n  }\n]\n'a\\n' +\n  'multiline\\n' +\n  'string that is long enough to be split across several lines by inspect'\n"
---*/
const { inspect } = require('util');
// The options assert's AssertionError messages inspect values with.
const opts = { compact: false, customInspect: false, depth: 1000, maxArrayLength: Infinity, showHidden: false, showProxy: false, sorted: true, getters: true };
const show = (value) => console.log(inspect(value, opts));
show({ b: 1, a: 'x', c: [1, 2], d: {}, e: [] });
show([3, 1, [2, [1]]]);
show(new Map([['z', 1], ['a', { y: 2, x: 1 }]]));
show(new Set([2, 1, [0]]));
const circular = { name: 'c', list: [] };
circular.list.push(circular, { parent: circular });
circular.self = circular;
show(circular);
const ring = [1];
ring.push(ring);
show(ring);
const err = new TypeError('bad thing');
err.stack = 'TypeError: bad thing';
err.code = 'E_BAD';
show(err);
show({ error: err, nested: { deeper: { deepest: { value: [new Error('x').message] } } } });
show({ get computed() { return { a: 1 }; }, set only(v) {}, get both() { return 2; }, set both(v) {} });
show(Array.from({ length: 8 }, (_, i) => i));
show(Array.from({ length: 120 }, () => 0).length);
show({ custom: { [inspect.custom]() { return 'ignored'; }, real: true } });
show(new Proxy({ target: true }, {}));
show([new Map(), new Set(), new Map([[1, new Set([2])]])]);
show('a\nmultiline\nstring that is long enough to be split across several lines by inspect');
