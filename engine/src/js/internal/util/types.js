// internal/util/types.js - util.types (also `require('util/types')`): Node 20's 42 predicates,
// in its order. V8 answers those about an object's internal kind (the `native` binding's
// checks, which never run a script's code); typed arrays are told apart by the brand that
// %TypedArray%.prototype[Symbol.toStringTag] reads. This runtime has no KeyObject or
// CryptoKey, so nothing is one.
'use strict';

const { ArrayBufferIsView, ObjectDefineProperties, TypedArrayPrototypeGetSymbolToStringTag } = primordials;
const native = internalBinding('native');

const typedArrayKind = (value) => TypedArrayPrototypeGetSymbolToStringTag(value);
function isTypedArray(value) { return typedArrayKind(value) !== undefined; }
function isUint8Array(value) { return typedArrayKind(value) === 'Uint8Array'; }
function isUint8ClampedArray(value) { return typedArrayKind(value) === 'Uint8ClampedArray'; }
function isUint16Array(value) { return typedArrayKind(value) === 'Uint16Array'; }
function isUint32Array(value) { return typedArrayKind(value) === 'Uint32Array'; }
function isInt8Array(value) { return typedArrayKind(value) === 'Int8Array'; }
function isInt16Array(value) { return typedArrayKind(value) === 'Int16Array'; }
function isInt32Array(value) { return typedArrayKind(value) === 'Int32Array'; }
function isFloat32Array(value) { return typedArrayKind(value) === 'Float32Array'; }
function isFloat64Array(value) { return typedArrayKind(value) === 'Float64Array'; }
function isBigInt64Array(value) { return typedArrayKind(value) === 'BigInt64Array'; }
function isBigUint64Array(value) { return typedArrayKind(value) === 'BigUint64Array'; }

module.exports = {
  isExternal: native.isExternal,
  isDate: native.isDate,
  isArgumentsObject: native.isArgumentsObject,
  isBigIntObject: native.isBigIntObject,
  isBooleanObject: native.isBooleanObject,
  isNumberObject: native.isNumberObject,
  isStringObject: native.isStringObject,
  isSymbolObject: native.isSymbolObject,
  isNativeError: native.isNativeError,
  isRegExp: native.isRegExp,
  isAsyncFunction: native.isAsyncFunction,
  isGeneratorFunction: native.isGeneratorFunction,
  isGeneratorObject: native.isGeneratorObject,
  isPromise: native.isPromise,
  isMap: native.isMap,
  isSet: native.isSet,
  isMapIterator: native.isMapIterator,
  isSetIterator: native.isSetIterator,
  isWeakMap: native.isWeakMap,
  isWeakSet: native.isWeakSet,
  isArrayBuffer: native.isArrayBuffer,
  isDataView: native.isDataView,
  isSharedArrayBuffer: native.isSharedArrayBuffer,
  isProxy: native.isProxy,
  isModuleNamespaceObject: native.isModuleNamespaceObject,
  isAnyArrayBuffer: native.isAnyArrayBuffer,
  isBoxedPrimitive: native.isBoxedPrimitive,
  isArrayBufferView: ArrayBufferIsView,
  isTypedArray,
  isUint8Array,
  isUint8ClampedArray,
  isUint16Array,
  isUint32Array,
  isInt8Array,
  isInt16Array,
  isInt32Array,
  isFloat32Array,
  isFloat64Array,
  isBigInt64Array,
  isBigUint64Array,
};
// As in Node, the last two are fixed: neither writable nor configurable.
ObjectDefineProperties(module.exports, {
  isKeyObject: { __proto__: null, enumerable: true, value: function isKeyObject(value) { return false; } },
  isCryptoKey: { __proto__: null, enumerable: true, value: function isCryptoKey(value) { return false; } },
});
