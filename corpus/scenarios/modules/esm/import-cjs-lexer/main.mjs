/*---
description = "importing CommonJS: default is always module.exports (even with __esModule); named exports are what cjs-module-lexer finds statically: exports.a / exports['e'] / module.exports.b, defineProperty with value or a getter returning a member expression, module.exports = { id, id: id } up to the first other value, module.exports = require(x) reexports"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "default { a: 1, b: 2, c: 3, d: [Getter], e: 5, computed: 6 }\nns keys [ 'a', 'b', 'c', 'deadCode', 'default', 'e' ]\nliteral keys [ 'default', 'q', 'r', 't', 'u' ] true\nvia variable keys [ 'default' ] { x: 1, y: 2 }\nreexport keys [ 'a', 'b', 'c', 'deadCode', 'default', 'e' ]\ngetter keys [ 'default', 'g', 'h', 'j' ]\n__esModule keys [ '__esModule', 'default', 'named' ] { default: 'exports.default', named: 'N' } true\n1 3 undefined undefined Q S undefined\n"
---*/
import def, * as ns from './lib.cjs';
import literal, * as literalNs from './literal.cjs';
import * as viaVar from './via-var.cjs';
import * as reexp from './reexport.cjs';
import * as getters from './getter.cjs';
import esDefault, * as esNs from './esmodule.cjs';
console.log('default', def);
console.log('ns keys', Object.keys(ns));
console.log('literal keys', Object.keys(literalNs), literal === literalNs.default);
console.log('via variable keys', Object.keys(viaVar), viaVar.default);
console.log('reexport keys', Object.keys(reexp));
console.log('getter keys', Object.keys(getters));
console.log('__esModule keys', Object.keys(esNs), esDefault, esNs.default === esDefault);
console.log(ns.a, ns.c, ns.d, ns.deadCode, literalNs.q, literalNs.t, literalNs.p);
