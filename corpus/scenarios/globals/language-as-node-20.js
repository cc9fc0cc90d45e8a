/*---
description = "the language is Node 20's: what V8 added since (Iterator helpers, Float16Array, Set methods, Promise.withResolvers …) is not there"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "Float16Array undefined\nUint8Array.fromBase64 undefined\nMap.prototype.getOrInsert undefined\nError.isError undefined\nPromise.try undefined\nRegExp.escape undefined\nIterator undefined\nIterator.prototype.map undefined\nPromise.withResolvers undefined\nArray.fromAsync undefined\nSet.prototype.union undefined\nObject.groupBy undefined\nAtomics.pause undefined\nMath.sumPrecise undefined\nIterator.concat undefined\nString.prototype.isWellFormed function\nArray.prototype.toSorted function\nArrayBuffer.prototype.transfer undefined\nDisposableStack undefined\nSuppressedError undefined\n"
---*/
const checks = {
  'Float16Array': typeof Float16Array, 'Uint8Array.fromBase64': typeof Uint8Array.fromBase64,
  'Map.prototype.getOrInsert': typeof Map.prototype.getOrInsert, 'Error.isError': typeof Error.isError, 'Promise.try': typeof Promise.try,
  'RegExp.escape': typeof RegExp.escape, 'Iterator': typeof Iterator, 'Iterator.prototype.map': typeof (globalThis.Iterator && Iterator.prototype.map),
  'Promise.withResolvers': typeof Promise.withResolvers, 'Array.fromAsync': typeof Array.fromAsync, 'Set.prototype.union': typeof Set.prototype.union,
  'Object.groupBy': typeof Object.groupBy, 'Atomics.pause': typeof Atomics.pause, 'Math.sumPrecise': typeof Math.sumPrecise, 'Iterator.concat': typeof (globalThis.Iterator && Iterator.concat),
  'String.prototype.isWellFormed': typeof ''.isWellFormed, 'Array.prototype.toSorted': typeof [].toSorted, 'ArrayBuffer.prototype.transfer': typeof ArrayBuffer.prototype.transfer,
  'DisposableStack': typeof DisposableStack, 'SuppressedError': typeof SuppressedError,
};
for (const [k, v] of Object.entries(checks)) console.log(k, v);
