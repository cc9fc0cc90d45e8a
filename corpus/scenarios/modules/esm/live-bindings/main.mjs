/*---
description = "ES module exports are live bindings: the importer sees later updates; imported bindings are read-only (TypeError on assignment)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "0\n2 2\nTypeError Assignment to constant variable.\nTypeError\n"
---*/
import { count, increment } from './counter.mjs';
import * as ns from './counter.mjs';
console.log(count);
increment();
increment();
console.log(count, ns.count);
try { count = 10; } catch (e) { console.log(e.name, e.message); }
try { ns.count = 10; } catch (e) { console.log(e.name); }
