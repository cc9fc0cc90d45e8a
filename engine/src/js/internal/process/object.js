// internal/process/object.js - The instance's `process` object: an EventEmitter, and `globalThis.process`.
'use strict';

const { FunctionPrototypeCall, ObjectDefineProperty, ObjectSetPrototypeOf, ReflectApply, SymbolToStringTag } = primordials;
const global = globalThis;
const EventEmitter = require('events');

// As Node builds it: process -> process.prototype (a constructor named `process`) ->
// EventEmitter.prototype, with an own, non-configurable Symbol.toStringTag.
const ProcessConstructor = function process() {};
ObjectSetPrototypeOf(ProcessConstructor.prototype, EventEmitter.prototype);
const process = new ProcessConstructor();
ObjectDefineProperty(process, SymbolToStringTag, { __proto__: null, value: 'process', writable: true, enumerable: false, configurable: false });
FunctionPrototypeCall(EventEmitter.init, process);
let processGlobal = process;
ObjectDefineProperty(global, 'process', {
  get() { return processGlobal; },
  set(value) { processGlobal = value; },
  enumerable: false, configurable: true,
});

// A function as V8 makes native ones: no prototype, not a constructor, length 0 (what
// Node's C++ process methods are).
function nativeLike(name, fn) {
  return { [name](...args) { return ReflectApply(fn, this, args); } }[name];
}

module.exports = { nativeLike, process };
