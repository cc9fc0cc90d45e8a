/*---
description = "import() from an ES module returns the module namespace (same object each time); of a CommonJS module: default plus detected names"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "a evaluated\n[object Module] Module [ 'default', 'y', 'z' ] false\ntrue null\nc evaluated\n[ 'default', 'k' ] { k: 'K' } K\ntrue\nTypeError\n"
---*/
const ns = await import('./a.mjs');
console.log(Object.prototype.toString.call(ns), ns[Symbol.toStringTag], Object.keys(ns), Object.isExtensible(ns));
console.log(ns === await import('./a.mjs'), Object.getPrototypeOf(ns));
const cjs = await import('./c.cjs');
console.log(Object.keys(cjs), cjs.default, cjs.k);
const p = import('./a.mjs');
console.log(p instanceof Promise);
try { ns.fresh = 1; } catch (e) { console.log(e.name); }
