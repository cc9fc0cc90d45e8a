/*---
description = "static imports evaluate depth-first in source order, each module once, before the importer's body"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "shared body (once)\na body\nb body\nmain body\nA B\n"
---*/
console.log('main body');
import { a } from './a.mjs';
import { b } from './sub/b.mjs';
import './a.mjs';
console.log(a, b);
