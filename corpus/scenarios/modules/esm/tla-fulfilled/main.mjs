/*---
description = "top-level await of a timer-based promise resumes the module; an importer waits for it"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "slow start\nslow end\nmain sees slow value\ntimer done\n7 p\n"
---*/
import { value } from './slow.mjs';
console.log('main sees', value);
const t = await new Promise((resolve) => setTimeout(() => resolve('timer done'), 5));
console.log(t);
console.log(await 7, await Promise.resolve('p'));
