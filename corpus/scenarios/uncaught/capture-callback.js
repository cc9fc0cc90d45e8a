/*---
description = "process.setUncaughtExceptionCaptureCallback takes uncaught exceptions and unhandled"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "true\nERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET\ncaptured rejected\ncaptured in timer\nexit 0\n"
---*/
// process.setUncaughtExceptionCaptureCallback takes uncaught exceptions and unhandled
// rejections in place of the 'uncaughtException' listeners; the loop carries on.
process.setUncaughtExceptionCaptureCallback((e) => { console.log('captured', e.message); });
process.on('uncaughtException', () => console.log('listener must not run'));
process.on('exit', (c) => console.log('exit', c));
setTimeout(() => { throw new Error('in timer'); }, 1);
Promise.reject(new Error('rejected'));
console.log(process.hasUncaughtExceptionCaptureCallback());
try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { console.log(e.code); }
