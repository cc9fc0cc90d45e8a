/*---
description = "util.inspect of built-in iterators and generators: what a Map or Set iterator has left, entries() as pairs"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "[Map Entries] { [ 1, 2 ], [ 3, 4 ] } [Map Iterator] { 1, 3 } [Map Iterator] { 2, 4 } [Set Iterator] { 'a', 'b' } [Set Entries] { [ 'a', 'a' ], [ 'b', 'b' ] }\nObject [Array Iterator] {} Object [String Iterator] {}\n[Map Iterator] { 3 } { nested: [Map Entries] { [ { a: [Object] }, 1 ] } }\nObject [Generator] {} [GeneratorFunction: g] WeakMap { <items unknown> } WeakSet { <items unknown> }\nfunction clearInterval [\n  'global',\n  'clearImmediate',\n  'setImmediate',\n  'clearInterval',\n  'clearTimeout',\n  'setInterval',\n  'setTimeout',\n  'queueMicrotask',\n  'structuredClone',\n  'atob',\n  'btoa',\n  'performance'\n]\n"
---*/
// util.inspect of built-in iterators and generators: what a Map or Set iterator has left,
// entries() as pairs, the others as tagged objects.
const m = new Map([[1, 2], [3, 4]]);
const s = new Set(['a', 'b']);
console.log(m.entries(), m.keys(), m.values(), s.values(), s.entries());
console.log([1, 2].entries(), 'ab'[Symbol.iterator]());
const it = m.keys();
it.next();
console.log(it, { nested: new Map([[{ a: { b: { c: 1 } } }, 1]]).entries() });
function* g() { yield 1; }
console.log(g(), g, new WeakMap([[{}, 1]]), new WeakSet([{}]));
console.log(typeof clearInterval, clearInterval.name, Object.keys(globalThis).slice(0, 12));
