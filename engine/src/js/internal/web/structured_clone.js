// internal/web/structured_clone.js - structuredClone over the types V8's serializer carries.
'use strict';

const { ObjectDefineProperty } = primordials;
const global = globalThis;
const { makeNodeError, missingArgs } = require('internal/errors');
const { domException } = require('internal/web/dom_exception');
// structuredClone: the HTML structured-clone algorithm over the types V8 serializes
function structuredClone(value, options) {
  if (arguments.length === 0) throw missingArgs('value');
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw makeNodeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The options argument must be either an object or undefined');
  }
  const memory = new Map();
  const cannotClone = (v) => domException(`${describeForClone(v)} could not be cloned.`, 'DataCloneError');
  function clone(v) {
    if (typeof v === 'symbol' || typeof v === 'function') throw cannotClone(v);
    if (v === null || typeof v !== 'object') return v;
    if (memory.has(v)) return memory.get(v);
    const tag = Object.prototype.toString.call(v).slice(8, -1);
    let out;
    switch (tag) {
      case 'Boolean': out = Object(Boolean.prototype.valueOf.call(v)); break;
      case 'Number': out = Object(Number.prototype.valueOf.call(v)); break;
      case 'String': out = Object(String.prototype.valueOf.call(v)); break;
      case 'BigInt': out = Object(BigInt.prototype.valueOf.call(v)); break;
      case 'Date': out = new Date(v.getTime()); break;
      case 'RegExp': out = new RegExp(v.source, v.flags); break;
      case 'ArrayBuffer': out = v.slice(0); break;
      case 'Map': {
        out = new Map();
        memory.set(v, out);
        for (const [k, val] of [...v]) out.set(clone(k), clone(val));
        return out;
      }
      case 'Set': {
        out = new Set();
        memory.set(v, out);
        for (const val of [...v]) out.add(clone(val));
        return out;
      }
      case 'Error': {
        const names = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError', 'TypeError', 'URIError'];
        const name = names.includes(v.name) ? v.name : 'Error';
        out = Object.create(global[name].prototype);
        memory.set(v, out);
        const message = Object.getOwnPropertyDescriptor(v, 'message');
        if (message !== undefined) ObjectDefineProperty(out, 'message', { value: String(v.message), writable: true, configurable: true });
        ObjectDefineProperty(out, 'stack', { value: v.stack === undefined ? undefined : String(v.stack), writable: true, configurable: true });
        if (Object.prototype.hasOwnProperty.call(v, 'cause')) ObjectDefineProperty(out, 'cause', { value: clone(v.cause), writable: true, configurable: true });
        return out;
      }
      default:
        if (ArrayBuffer.isView(v)) {
          const buffer = clone(v.buffer);
          const Ctor = v instanceof DataView ? DataView : global[tag] || Uint8Array;
          out = v instanceof DataView ? new DataView(buffer, v.byteOffset, v.byteLength) : new Ctor(buffer, v.byteOffset, v.length);
          break;
        }
        if (Array.isArray(v)) {
          out = new Array(v.length);
          memory.set(v, out);
          for (const k of Object.keys(v)) out[k] = clone(v[k]);
          return out;
        }
        if (!isSerializableObject(v)) throw cannotClone(v);
        out = {};
        memory.set(v, out);
        for (const k of Object.keys(v)) out[k] = clone(v[k]);
        return out;
    }
    memory.set(v, out);
    return out;
  }
  return clone(value);
}
// V8's serializer takes ordinary objects (class instances lose their prototype) and
// refuses the built-ins with internal state it cannot carry.
const uncloneable = [Promise, WeakMap, WeakSet, typeof WeakRef === 'function' ? WeakRef : undefined,
  typeof FinalizationRegistry === 'function' ? FinalizationRegistry : undefined].filter(Boolean);
function isSerializableObject(v) {
  if (uncloneable.some((C) => v instanceof C)) return false;
  const tag = Object.prototype.toString.call(v).slice(8, -1);
  return !/^(Generator|AsyncGenerator|Arguments|Map Iterator|Set Iterator|Array Iterator|String Iterator|RegExp String Iterator)$/.test(tag);
}
function describeForClone(v) {
  if (typeof v === 'function') return Function.prototype.toString.call(v);
  if (typeof v === 'symbol') return v.toString();
  return `#<${Object.prototype.toString.call(v).slice(8, -1)}>`;
}

module.exports = {
  structuredClone,
};
