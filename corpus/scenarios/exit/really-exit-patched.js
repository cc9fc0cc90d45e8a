/*---
description = "a user-patched process.reallyExit is what process.exit calls"
node = true
[expect]
exit_code = 21
cause = "exited"
stdout = "reallyExit 20\n"
---*/
const original = process.reallyExit;
process.reallyExit = (code) => { console.log('reallyExit', code); original(code + 1); };
process.exit(20);
