/*---
description = "A capture callback that throws is a failure of the fatal-exception handler: exit 7."
node = true
[expect]
exit_code = 7
cause = "uncaught"
stdout = "captured first\n"
---*/
// A capture callback that throws is a failure of the fatal-exception handler: exit 7.
process.setUncaughtExceptionCaptureCallback((e) => { console.log('captured', e.message); throw new Error('again'); });
process.on('exit', (c) => console.log('exit', c));
throw new Error('first');
