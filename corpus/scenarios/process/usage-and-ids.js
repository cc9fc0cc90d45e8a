/*---
description = "process ids, an instance's own umask, cpuUsage and resourceUsage in the shapes and with the errors of Node"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "true [ true, true, true, true ] true 511 511 18\nTypeError ERR_INVALID_ARG_VALUE The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received 'x9'\nRangeError ERR_OUT_OF_RANGE The value of \"mask\" is out of range. It must be >= 0 && <= 4294967295. Received -1\nRangeError ERR_OUT_OF_RANGE The value of \"mask\" is out of range. It must be an integer. Received 1.5\nTypeError ERR_INVALID_ARG_TYPE The \"mask\" argument must be of type number. Received an instance of Object\nRangeError ERR_INVALID_ARG_VALUE The property 'prevValue.user' is invalid. Received -1\nTypeError ERR_INVALID_ARG_TYPE The \"prevValue.user\" property must be of type number. Received type string ('a')\nTypeError ERR_INVALID_ARG_TYPE The \"prevValue\" argument must be of type object. Received type number (5)\nRangeError ERR_INVALID_ARG_VALUE The property 'prevValue.system' is invalid. Received -2\n[ 'user', 'system' ] true true number\n[\n  'userCPUTime',\n  'systemCPUTime',\n  'maxRSS',\n  'sharedMemorySize',\n  'unsharedDataSize',\n  'unsharedStackSize',\n  'minorPageFault',\n  'majorPageFault',\n  'swappedOut',\n  'fsRead',\n  'fsWrite',\n  'ipcSent',\n  'ipcReceived',\n  'signalsCount',\n  'voluntaryContextSwitches',\n  'involuntaryContextSwitches'\n]\n"
---*/
// process ids, an own umask, cpuUsage and resourceUsage in the shapes and with the errors of Node.
const host = process.umask();
console.log(process.getgroups().includes(process.getegid()), [process.getuid(), process.geteuid(), process.getgid(), process.getegid()].map((n) => Number.isInteger(n) && n >= 0), process.umask(0o1777) === host, process.umask(), process.umask('022'), process.umask());
for (const bad of [() => process.umask('x9'), () => process.umask(-1), () => process.umask(1.5), () => process.umask({}),
  () => process.cpuUsage({ user: -1, system: 0 }), () => process.cpuUsage({ user: 'a' }), () => process.cpuUsage(5), () => process.cpuUsage({ user: 1, system: -2 })]) {
  try { bad(); } catch (e) { console.log(e.name, e.code, e.message); }
}
const a = process.cpuUsage(); let x = 0; for (let i = 0; i < 3e6; i++) x += i;
const d = process.cpuUsage(a);
console.log(Object.keys(a), d.user >= 0, d.system >= 0, typeof process.memoryUsage.rss());
console.log(Object.keys(process.resourceUsage()));
