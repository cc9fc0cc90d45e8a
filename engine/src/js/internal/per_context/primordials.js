// internal/per_context/primordials.js - the built-ins as they were when the runtime booted,
// for the runtime's own code (Node's primordials): `ArrayPrototypePush(array, x)` instead of
// `array.push(x)`, `ObjectKeys(o)` instead of `Object.keys(o)`, SafeMap and SafeSet whose
// methods no script can replace. A script that patches a built-in changes its own behaviour,
// not the runtime's. Runs first, filling the frozen `primordials` object every module gets.
// Only the derived names (`ArrayPrototypePush`, `MathMax` ...) that some module spells out are
// made: each costs every instance a bound function, a property and a name, and the runtime
// calls few of V8's hundreds of built-ins. `spelled` is every identifier of the other modules,
// between commas (the engine's builtins.rs); searched as one string, since a Set of the words
// left a larger string table in every instance.
'use strict';

/* eslint-disable no-restricted-globals */
const { apply, bind, call } = Function.prototype;
const uncurryThis = bind.bind(call);
primordials.uncurryThis = uncurryThis;
primordials.applyBind = bind.bind(apply);
const wanted = (name) => spelled.includes(`,${name},`);

const {
  defineProperty: ReflectDefineProperty,
  getOwnPropertyDescriptor: ReflectGetOwnPropertyDescriptor,
  ownKeys: ReflectOwnKeys,
} = Reflect;

// `Symbol.iterator` becomes `SymbolIterator`, `keys` becomes `Keys`.
function renamed(key) {
  if (typeof key === 'symbol') {
    const description = key.description;
    return `Symbol${description[7].toUpperCase()}${description.slice(8)}`;
  }
  return `${key[0].toUpperCase()}${key.slice(1)}`;
}

function copyAccessor(dest, prefix, key, { enumerable, get, set }) {
  if (wanted(`${prefix}Get${key}`)) {
    ReflectDefineProperty(dest, `${prefix}Get${key}`, { __proto__: null, value: uncurryThis(get), enumerable });
  }
  if (set !== undefined && wanted(`${prefix}Set${key}`)) {
    ReflectDefineProperty(dest, `${prefix}Set${key}`, { __proto__: null, value: uncurryThis(set), enumerable });
  }
}

// Static members: `ObjectKeys`, `MathMax`, `JSONStringify`, `SymbolIterator` ...
function copyPropsRenamed(src, dest, prefix) {
  for (const key of ReflectOwnKeys(src)) {
    const newKey = renamed(key);
    const desc = ReflectGetOwnPropertyDescriptor(src, key);
    if ('get' in desc) copyAccessor(dest, prefix, newKey, desc);
    else if (wanted(`${prefix}${newKey}`)) ReflectDefineProperty(dest, `${prefix}${newKey}`, { __proto__: null, ...desc });
  }
}

// Prototype members, uncurried: `ArrayPrototypePush(array, ...items)`.
function copyPrototype(src, dest, prefix) {
  for (const key of ReflectOwnKeys(src)) {
    const newKey = renamed(key);
    const desc = ReflectGetOwnPropertyDescriptor(src, key);
    if ('get' in desc) copyAccessor(dest, prefix, newKey, desc);
    else if (typeof desc.value === 'function' && wanted(`${prefix}${newKey}`)) {
      ReflectDefineProperty(dest, `${prefix}${newKey}`, { __proto__: null, ...desc, value: uncurryThis(desc.value) });
    }
  }
}

// JSON.parse's errors worded as Node 20's V8 words them: V8 15 adds "(line L column C)"
// after the position. Done first, so the runtime's own JSONParse agrees.
{
  const { parse } = JSON;
  const { apply } = Reflect;
  const { replace } = String.prototype;
  const lineColumn = / \(line \d+ column \d+\)$/;
  const ownFrame = /\n    at [^\n]*node:internal\/per_context\/primordials:[^\n]*/;
  const wrapped = {
    parse(text, reviver) {
      try {
        return apply(parse, JSON, [text, reviver]);
      } catch (err) {
        if (err instanceof SyntaxError && lineColumn.test(err.message)) {
          const message = apply(replace, err.message, [lineColumn, '']);
          ReflectDefineProperty(err, 'stack', { __proto__: null, value: apply(replace, apply(replace, err.stack, [err.message, message]), [ownFrame, '']), writable: true, configurable: true });
          ReflectDefineProperty(err, 'message', { __proto__: null, value: message, writable: true, configurable: true });
        }
        throw err;
      }
    },
  }.parse;
  ReflectDefineProperty(JSON, 'parse', { __proto__: null, value: wrapped, writable: true, enumerable: false, configurable: true });
}

for (const name of ['JSON', 'Math', 'Proxy', 'Reflect']) {
  copyPropsRenamed(globalThis[name], primordials, name);
}

for (const name of [
  'AggregateError', 'Array', 'ArrayBuffer', 'BigInt', 'BigInt64Array', 'BigUint64Array', 'Boolean', 'DataView',
  'Date', 'Error', 'EvalError', 'FinalizationRegistry', 'Float32Array', 'Float64Array', 'Function', 'Int16Array',
  'Int32Array', 'Int8Array', 'Map', 'Number', 'Object', 'RangeError', 'ReferenceError', 'RegExp', 'Set',
  'String', 'Symbol', 'SyntaxError', 'TypeError', 'URIError', 'Uint16Array', 'Uint32Array', 'Uint8Array',
  'Uint8ClampedArray', 'WeakMap', 'WeakRef', 'WeakSet',
]) {
  const original = globalThis[name];
  primordials[name] = original;
  copyPropsRenamed(original, primordials, name);
  copyPrototype(original.prototype, primordials, `${name}Prototype`);
}

// The URI functions of the global object.
for (const name of ['decodeURI', 'decodeURIComponent', 'encodeURI', 'encodeURIComponent']) primordials[name] = globalThis[name];

// Promise: its statics, bound to Promise (`PromiseResolve(value)`), and its prototype.
primordials.Promise = Promise;
for (const key of ReflectOwnKeys(Promise)) {
  const name = `Promise${renamed(key)}`;
  if (!wanted(name)) continue;
  const desc = ReflectGetOwnPropertyDescriptor(Promise, key);
  if (typeof desc.value === 'function') desc.value = uncurryThis(bind)(desc.value, Promise);
  if (!('get' in desc)) ReflectDefineProperty(primordials, name, { __proto__: null, ...desc });
}
copyPrototype(Promise.prototype, primordials, 'PromisePrototype');

// %TypedArray%, the parent of every typed array, holds most of their methods.
const TypedArray = Object.getPrototypeOf(Uint8Array);
primordials.TypedArray = TypedArray;
copyPropsRenamed(TypedArray, primordials, 'TypedArray');
copyPrototype(TypedArray.prototype, primordials, 'TypedArrayPrototype');

// A class whose instances keep the built-in methods of `unsafe` as their own, whatever a
// script later does to `unsafe.prototype`.
function makeSafe(unsafe, safe) {
  for (const key of ReflectOwnKeys(unsafe.prototype)) {
    if (!ReflectGetOwnPropertyDescriptor(safe.prototype, key)) {
      ReflectDefineProperty(safe.prototype, key, ReflectGetOwnPropertyDescriptor(unsafe.prototype, key));
    }
  }
  Object.setPrototypeOf(safe.prototype, null);
  Object.freeze(safe.prototype);
  Object.freeze(safe);
  return safe;
}
primordials.SafeMap = makeSafe(Map, class SafeMap extends Map {});
primordials.SafeSet = makeSafe(Set, class SafeSet extends Set {});
primordials.SafeWeakMap = makeSafe(WeakMap, class SafeWeakMap extends WeakMap {});
primordials.SafeWeakSet = makeSafe(WeakSet, class SafeWeakSet extends WeakSet {});

// Node 20's Symbol.dispose and Symbol.asyncDispose, which predate the language's own.
for (const name of ['dispose', 'asyncDispose']) {
  if (Symbol[name] === undefined) {
    ReflectDefineProperty(Symbol, name, { __proto__: null, value: Symbol.for(`nodejs.${name}`), writable: false, enumerable: false, configurable: false });
  }
}
ReflectDefineProperty(primordials, 'SymbolDispose', { __proto__: null, value: Symbol.dispose });
ReflectDefineProperty(primordials, 'SymbolAsyncDispose', { __proto__: null, value: Symbol.asyncDispose });

Object.setPrototypeOf(primordials, null);
Object.freeze(primordials);
// JSON.parse's wrapper above keeps this scope alive: let the words go.
spelled = '';
