/*---
description = "an ES module cycle (main -> a -> b -> a): b evaluates first, a function declaration of a is callable early, a let binding of a is in its TDZ (ReferenceError), and bindings are live afterwards"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "b start\nb calls hoisted fn\na start\na end, b saw: ReferenceError: Cannot access 'fromA' before initialization\nmain A hoisted fn ReferenceError: Cannot access 'fromA' before initialization\nb later sees A\n"
---*/
import { fromA, hoisted } from './a.mjs';
import { bSaw } from './b.mjs';
console.log('main', fromA, hoisted(), bSaw);
