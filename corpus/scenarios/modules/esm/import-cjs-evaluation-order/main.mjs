/*---
description = "a CommonJS module in an ES module graph runs in its place in evaluation order (not at parse/link time), with its own requires; the same file required later is the cached instance"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "a.mjs\nc.cjs start\nd.cjs\nc.cjs end\nb.mjs\nmain 42 true\n"
---*/
import { createRequire } from 'node:module';
import './a.mjs';
import c from './c.cjs';
import './b.mjs';
console.log('main', c.n, createRequire(import.meta.url)('./c.cjs') === c);
