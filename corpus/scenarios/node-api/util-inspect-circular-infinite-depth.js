/*---
description = "util.inspect with depth Infinity/null on circular graphs: <ref *N> and [Circular *N] markers, no runaway recursion"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "<ref *1> {\n  name: 'a',\n  b: { name: 'b', a: [Circular *1] },\n  self: [Circular *1]\n}\n<ref *1> [ 1, [Circular *1], { arr: [Circular *1] } ]\n<ref *1> Map(1) { 'm' => [Circular *1] }\n{\n  l1: <ref *1> {\n    l2: {\n      l3: { l4: { l5: { back: [Circular *1] } } }\n    }\n  }\n}\n{\n  l1: <ref *1> {\n    l2: {\n      l3: { l4: { l5: { back: [Circular *1] } } }\n    }\n  }\n}\n<ref *1> Set(1) { [Circular *1] }\n[\n  <ref *1> { q: { p: [Circular *1] } },\n  <ref *2> { p: <ref *1> { q: [Circular *2] } }\n]\n"
---*/
const util = require('util');
const a = { name: 'a' }; const b = { name: 'b', a }; a.b = b; a.self = a;
console.log(util.inspect(a, { depth: Infinity }));
const arr = [1]; arr.push(arr); arr.push({ arr });
console.log(util.inspect(arr, { depth: Infinity }));
const m = new Map(); m.set('m', m);
console.log(util.inspect(m, { depth: Infinity }));
const x = { l1: { l2: { l3: { l4: { l5: {} } } } } }; x.l1.l2.l3.l4.l5.back = x.l1;
console.log(util.inspect(x, { depth: Infinity }));
console.log(util.inspect(x, { depth: null }));
const s = new Set(); s.add(s); console.log(util.inspect(s, { depth: Infinity }));
const p = {}; const q = {}; p.q = q; q.p = p; console.log(util.inspect([p, q], { depth: Infinity }));
