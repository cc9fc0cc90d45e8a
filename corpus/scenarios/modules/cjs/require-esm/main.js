/*---
description = "Node 20.19+: require() of an .mjs ES module returns its namespace object (no warning in 20.20), with an extra __esModule: true key only when the module has a default export; an ES module with top-level await throws ERR_REQUIRE_ASYNC_MODULE"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "esm evaluated\n[object Module] [ '__esModule', 'default', 'named' ] dflt n\ntrue true\n[ 'only' ] undefined\nERR_REQUIRE_ASYNC_MODULE require() cannot be used on an ESM graph with top-level await. Use import() instead. To see where the top-level await comes from, use --experimental-print-required-tla.\n"
---*/
const ns = require('./esm.mjs');
console.log(Object.prototype.toString.call(ns), Object.keys(ns), ns.default, ns.named);
console.log(require('./esm.mjs') === ns, ns.__esModule);
const nd = require('./nodefault.mjs');
console.log(Object.keys(nd), nd.__esModule);
try {
  require('./tla.mjs');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
