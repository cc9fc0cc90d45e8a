/*---
description = "a throw while an imported module evaluates: earlier modules ran, main's body never runs, exit 1"
node = true
[expect]
exit_code = 1
cause = "uncaught"
stdout = "ok ran\nthrower runs\nexit 1 1\n"
---*/
import './ok.mjs';
import './thrower.mjs';
console.log('never: main');
