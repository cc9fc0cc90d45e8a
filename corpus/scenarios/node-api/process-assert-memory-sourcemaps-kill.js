/*---
description = "process.assert (DEP0100 once, ERR_ASSERTION with the message formatted as %s), availableMemory and constrainedMemory (numbers), setSourceMapsEnabled's validation, and process.kill sending through process._kill (0 or a negative errno; a script may replace it), in Node's shapes"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "deprecated/0/true availableMemory/0/false constrainedMemory/0/false setSourceMapsEnabled/1/true _kill/0/false kill/2/true\nok undefined\nError ERR_ASSERTION [\"code\"] errorMessage Error [ERR_ASSERTION]: errorMessage\nError ERR_ASSERTION [\"code\"] assertion error Error [ERR_ASSERTION]: assertion error\nError ERR_ASSERTION [\"code\"] { a: [Array] } Error [ERR_ASSERTION]: { a: [Array] }\nError ERR_ASSERTION [\"code\"] 42 Error [ERR_ASSERTION]: 42\nnumber true number true\nTypeError ERR_INVALID_ARG_TYPE [\"code\"] The \"val\" argument must be of type boolean. Received undefined TypeError [ERR_INVALID_ARG_TYPE]: The \"val\" argument must be of type boolean. Received undefined\nTypeError ERR_INVALID_ARG_TYPE [\"code\"] The \"val\" argument must be of type boolean. Received null TypeError [ERR_INVALID_ARG_TYPE]: The \"val\" argument must be of type boolean. Received null\nTypeError ERR_INVALID_ARG_TYPE [\"code\"] The \"val\" argument must be of type boolean. Received type number (1) TypeError [ERR_INVALID_ARG_TYPE]: The \"val\" argument must be of type boolean. Received type number (1)\nTypeError ERR_INVALID_ARG_TYPE [\"code\"] The \"val\" argument must be of type boolean. Received an instance of Object TypeError [ERR_INVALID_ARG_TYPE]: The \"val\" argument must be of type boolean. Received an instance of Object\nTypeError ERR_INVALID_ARG_TYPE [\"code\"] The \"val\" argument must be of type boolean. Received function  TypeError [ERR_INVALID_ARG_TYPE]: The \"val\" argument must be of type boolean. Received function \nTypeError ERR_INVALID_ARG_TYPE [\"code\"] The \"val\" argument must be of type boolean. Received type string ('true') TypeError [ERR_INVALID_ARG_TYPE]: The \"val\" argument must be of type boolean. Received type string ('true')\nok undefined\nok undefined\n0 -22 -3 -3\nok true\nok true\nok true\nError ESRCH [\"errno\",\"code\",\"syscall\"] kill ESRCH Error: kill ESRCH\nok true\nTypeError ERR_UNKNOWN_SIGNAL [\"code\"] Unknown signal: SIGNOPE TypeError [ERR_UNKNOWN_SIGNAL]: Unknown signal: SIGNOPE\n[[\"self\",15],[0,1],[\"0\",9],[-1,2],[-7,15]]\nok true\nError ESRCH [\"errno\",\"code\",\"syscall\"] kill ESRCH Error: kill ESRCH\nError ESRCH [\"errno\",\"code\",\"syscall\"] kill ESRCH Error: kill ESRCH\nwarning DeprecationWarning DEP0100 process.assert() is deprecated. Please use the `assert` module instead.\n"
---*/
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const show = (f) => { try { console.log('ok', f()); } catch (e) { console.log(e.name, e.code, JSON.stringify(Object.keys(e)), e.message, String(e.stack).split('\n')[0]); } };
console.log([process.assert, process.availableMemory, process.constrainedMemory, process.setSourceMapsEnabled, process._kill, process.kill].map((f) => `${f.name}/${f.length}/${'prototype' in f}`).join(' '));
show(() => process.assert(1, 'error'));
show(() => process.assert(undefined, 'errorMessage'));
show(() => process.assert(false));
show(() => process.assert(0, { a: [1] }));
show(() => process.assert(0, 42));
const available = process.availableMemory();
const constrained = process.constrainedMemory();
console.log(typeof available, Number.isInteger(available) && available > 0, typeof constrained, constrained >= 0);
for (const v of [undefined, null, 1, {}, () => {}, 'true']) show(() => process.setSourceMapsEnabled(v));
show(() => process.setSourceMapsEnabled(true));
show(() => process.setSourceMapsEnabled(false));
// process.kill goes through process._kill (0 or a negative errno), which a script may replace.
const real = process._kill;
const none = 2147483646; // no process has this pid
console.log(real(process.pid, 0), real(process.pid, 65), real(none, 0), real(none, 65));
const calls = [];
process._kill = (pid, sig) => { calls.push([pid === process.pid ? 'self' : pid, sig]); return calls.length === 4 ? -3 : 0; };
show(() => process.kill(process.pid));
show(() => process.kill(0, 'SIGHUP'));
show(() => process.kill('0', 9));
show(() => process.kill(-1, 'SIGINT'));
show(() => process.kill(-7, null));
show(() => process.kill(-7, 'SIGNOPE'));
console.log(JSON.stringify(calls));
process._kill = real;
show(() => process.kill(process.pid, 0));
show(() => process.kill(none, 0));
show(() => process.kill(none, -1));
