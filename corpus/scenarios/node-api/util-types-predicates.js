/*---
description = "util.types predicates over awkward values: async generators, proxies (never their target's kind), subclasses, prototypes, boxed primitives, brand-less look-alikes, each typed array kind"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "async generator function: isAsyncFunction isGeneratorFunction\nasync generator object: isGeneratorObject\nasync arrow: isAsyncFunction\nclass: -\nbound function: -\nproxy of a Map: isProxy\nproxy of a function: isProxy\nMap subclass: isMap\nMap prototype: -\nboxed string: isStringObject isBoxedPrimitive\nboxed bigint: isBigIntObject isBoxedPrimitive\nboxed symbol: isSymbolObject isBoxedPrimitive\nDate-like: -\nerror subclass: isNativeError\nBuffer: isArrayBufferView isTypedArray isUint8Array\nDataView: isDataView isArrayBufferView\nSharedArrayBuffer: isSharedArrayBuffer isAnyArrayBuffer\nset entries: isSetIterator\nmap keys: isMapIterator\narguments: isArgumentsObject\nRegExp subclass: isRegExp\nPromise-like: -\nprimitive 1: -\nnull: -\ntrue 42\nUint8Array isTypedArray isUint8Array\nUint8ClampedArray isTypedArray isUint8ClampedArray\nUint16Array isTypedArray isUint16Array\nUint32Array isTypedArray isUint32Array\nInt8Array isTypedArray isInt8Array\nInt16Array isTypedArray isInt16Array\nInt32Array isTypedArray isInt32Array\nFloat32Array isTypedArray isFloat32Array\nFloat64Array isTypedArray isFloat64Array\nBigInt64Array isTypedArray isBigInt64Array\nBigUint64Array isTypedArray isBigUint64Array\n"
---*/
const types = require('util/types');
const values = {
  'async generator function': async function* () {},
  'async generator object': (async function* () {})(),
  'async arrow': async () => {},
  'class': class {},
  'bound function': function () {}.bind(null),
  'proxy of a Map': new Proxy(new Map(), {}),
  'proxy of a function': new Proxy(function () {}, {}),
  'Map subclass': new (class extends Map {})(),
  'Map prototype': Map.prototype,
  'boxed string': new String('s'),
  'boxed bigint': Object(1n),
  'boxed symbol': Object(Symbol('s')),
  'Date-like': Object.create(Date.prototype),
  'error subclass': new (class extends TypeError {})(),
  'Buffer': Buffer.from('ab'),
  'DataView': new DataView(new ArrayBuffer(2)),
  'SharedArrayBuffer': new SharedArrayBuffer(2),
  'set entries': new Set([1]).entries(),
  'map keys': new Map([[1, 2]]).keys(),
  'arguments': (function () { return arguments; })(),
  'RegExp subclass': new (class extends RegExp {})('x'),
  'Promise-like': { then() {} },
  'primitive 1': 1,
  'null': null,
};
const names = Object.keys(types);
for (const [label, value] of Object.entries(values)) {
  const yes = names.filter((name) => types[name](value));
  console.log(`${label}: ${yes.join(' ') || '-'}`);
}
// Every predicate answers false for nothing at all, and none throws.
console.log(names.every((name) => types[name]() === false), names.length);
// The typed array checks tell each kind apart.
for (const T of [Uint8Array, Uint8ClampedArray, Uint16Array, Uint32Array, Int8Array, Int16Array, Int32Array, Float32Array, Float64Array, BigInt64Array, BigUint64Array]) {
  console.log(T.name, names.filter((name) => /Array$/.test(name) && types[name](new T(1))).join(' '));
}
