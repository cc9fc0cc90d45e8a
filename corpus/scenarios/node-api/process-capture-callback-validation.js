/*---
description = "process.setUncaughtExceptionCaptureCallback validation: 'must be of type function or null'; setting twice throws ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "TypeError ERR_INVALID_ARG_TYPE \"The \\\"fn\\\" argument must be of type function or null. Received type string ('x')\"\nTypeError ERR_INVALID_ARG_TYPE \"The \\\"fn\\\" argument must be of type function or null. Received type number (1)\"\nTypeError ERR_INVALID_ARG_TYPE \"The \\\"fn\\\" argument must be of type function or null. Received an instance of Object\"\nTypeError ERR_INVALID_ARG_TYPE \"The \\\"fn\\\" argument must be of type function or null. Received undefined\"\nfalse\ntrue\nError ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET \"`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active\"\nTypeError ERR_INVALID_ARG_TYPE \"The \\\"fn\\\" argument must be of type function or null. Received type string ('x')\"\nfalse\n"
---*/
for (const v of ['x', 1, {}, undefined]) {
  try { process.setUncaughtExceptionCaptureCallback(v); console.log('ok', String(v)); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
}
process.setUncaughtExceptionCaptureCallback(null);
console.log(process.hasUncaughtExceptionCaptureCallback());
process.setUncaughtExceptionCaptureCallback(() => {});
console.log(process.hasUncaughtExceptionCaptureCallback());
try { process.setUncaughtExceptionCaptureCallback(() => {}); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
try { process.setUncaughtExceptionCaptureCallback('x'); } catch (e) { console.log(e.name, e.code, JSON.stringify(e.message)); }
process.setUncaughtExceptionCaptureCallback(null);
console.log(process.hasUncaughtExceptionCaptureCallback());
