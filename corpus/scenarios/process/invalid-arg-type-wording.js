/*---
description = "ERR_INVALID_ARG_TYPE is worded as Node words it, from one place: types, classes, properties and lists"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "process.kill ERR_INVALID_ARG_TYPE The \"pid\" argument must be of type number. Received type string ('x')\nsetTimeout ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received type string ('x')\nBuffer.from ERR_INVALID_ARG_TYPE The first argument must be of type string or an instance of Buffer, ArrayBuffer, or Array or an Array-like Object. Received type number (1)\nBuffer.concat ERR_INVALID_ARG_TYPE The \"list\" argument must be an instance of Array. Received type number (1)\nBuffer.concat item ERR_INVALID_ARG_TYPE The \"list[0]\" argument must be an instance of Buffer or Uint8Array. Received type number (1)\nBuffer.alloc ERR_INVALID_ARG_TYPE The \"size\" argument must be of type number. Received type string ('1')\nBuffer.byteLength ERR_INVALID_ARG_TYPE The \"string\" argument must be of type string or an instance of Buffer or ArrayBuffer. Received type number (1)\ncrypto.randomInt ERR_INVALID_ARG_TYPE The \"max\" argument must be a safe integer. Received type string ('a')\nprocess.emitWarning ERR_INVALID_ARG_TYPE The \"warning\" argument must be of type string or an instance of Error. Received type number (1)\nprocess.cpuUsage ERR_INVALID_ARG_TYPE The \"prevValue.user\" property must be of type number. Received type string ('x')\nprocess.stdout.write ERR_INVALID_ARG_TYPE The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)\nrequire ERR_INVALID_ARG_TYPE The \"id\" argument must be of type string. Received type number (1)\nutil.stripVTControlCharacters ERR_INVALID_ARG_TYPE The \"str\" argument must be of type string. Received type number (1)\nstructuredClone options ERR_INVALID_ARG_TYPE The options argument must be either an object or undefined\nEventTarget.dispatchEvent ERR_INVALID_ARG_TYPE The \"event\" argument must be an instance of Event. Received type number (1)\nqueueMicrotask ERR_INVALID_ARG_TYPE The \"callback\" argument must be of type function. Received type number (1)\nprocess.umask ERR_INVALID_ARG_TYPE The \"mask\" argument must be of type number. Received an instance of Object\n"
---*/
const tries = {
  'process.kill': () => process.kill('x'),
  'setTimeout': () => setTimeout('x'),
  'Buffer.from': () => Buffer.from(1),
  'Buffer.concat': () => Buffer.concat(1),
  'Buffer.concat item': () => Buffer.concat([1]),
  'Buffer.alloc': () => Buffer.alloc('1'),
  'Buffer.byteLength': () => Buffer.byteLength(1),
  'crypto.randomInt': () => require('crypto').randomInt('a'),
  'process.emitWarning': () => process.emitWarning(1),
  'process.cpuUsage': () => process.cpuUsage({ user: 'x', system: 1 }),
  'process.stdout.write': () => process.stdout.write(1),
  'require': () => require(1),
  'util.stripVTControlCharacters': () => require('util').stripVTControlCharacters(1),
  'structuredClone options': () => structuredClone(1, 1),
  'EventTarget.dispatchEvent': () => new EventTarget().dispatchEvent(1),
  'queueMicrotask': () => queueMicrotask(1),
  'process.umask': () => process.umask({}),
};
for (const [what, fn] of Object.entries(tries)) {
  try { fn(); console.log(what, 'no error'); } catch (err) { console.log(what, err.code, err.message); }
}
