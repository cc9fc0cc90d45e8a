/*---
description = "require('util/types') is util.types: its 42 predicates in order, and a few checks"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "true true\nisExternal,isDate,isArgumentsObject,isBigIntObject,isBooleanObject,isNumberObject,isStringObject,isSymbolObject,isNativeError,isRegExp,isAsyncFunction,isGeneratorFunction,isGeneratorObject,isPromise,isMap,isSet,isMapIterator,isSetIterator,isWeakMap,isWeakSet,isArrayBuffer,isDataView,isSharedArrayBuffer,isProxy,isModuleNamespaceObject,isAnyArrayBuffer,isBoxedPrimitive,isArrayBufferView,isTypedArray,isUint8Array,isUint8ClampedArray,isUint16Array,isUint32Array,isInt8Array,isInt16Array,isInt32Array,isFloat32Array,isFloat64Array,isBigInt64Array,isBigUint64Array,isKeyObject,isCryptoKey\n42 true\ntrue false true false\ntrue false true true\ntrue false false\ntrue false true false\ntrue false\ntrue true true false\ntrue true false true\ntrue false true\ntrue true true true true\nfalse false false false true\n"
---*/
const util = require('util');
const types = require('util/types');
console.log(types === util.types, require('node:util/types') === types);
console.log(Object.keys(types).join());
console.log(Object.keys(types).length, Object.keys(types).every((k) => typeof types[k] === 'function'));
const t = types;
console.log(t.isDate(new Date()), t.isDate(Date.now()), t.isRegExp(/x/), t.isRegExp({}));
console.log(t.isBoxedPrimitive(Object(1n)), t.isBoxedPrimitive(1), t.isNumberObject(new Number(1)), t.isSymbolObject(Object(Symbol())));
console.log(t.isNativeError(new TypeError()), t.isNativeError(Object.create(Error.prototype)), t.isNativeError({ name: 'Error', message: '' }));
console.log(t.isPromise(Promise.resolve()), t.isPromise({ then() {} }), t.isProxy(new Proxy({}, {})), t.isProxy({}));
console.log(t.isArgumentsObject((function () { return arguments; })()), t.isArgumentsObject([]));
console.log(t.isGeneratorFunction(function* () {}), t.isGeneratorObject((function* () {})()), t.isAsyncFunction(async () => {}), t.isAsyncFunction(() => {}));
console.log(t.isTypedArray(new Uint8Array()), t.isUint8Array(Buffer.alloc(1)), t.isTypedArray(new DataView(new ArrayBuffer(1))), t.isArrayBufferView(new DataView(new ArrayBuffer(1))));
console.log(t.isAnyArrayBuffer(new SharedArrayBuffer(1)), t.isArrayBuffer(new SharedArrayBuffer(1)), t.isSharedArrayBuffer(new SharedArrayBuffer(1)));
console.log(t.isMap(new Map()), t.isMapIterator(new Map().keys()), t.isSetIterator(new Set().values()), t.isWeakMap(new WeakMap()), t.isWeakSet(new WeakSet()));
console.log(t.isExternal({}), t.isModuleNamespaceObject({}), t.isKeyObject({}), t.isCryptoKey({}), t.isBigInt64Array(new BigInt64Array(1)));
