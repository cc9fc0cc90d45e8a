// internal/process/object.js — The instance's `process` object: an EventEmitter, and `globalThis.process`.
'use strict';

const { FunctionPrototypeCall, ObjectDefineProperty } = primordials;
const global = globalThis;
const EventEmitter = require('events');

const process = Object.create(EventEmitter.prototype, {
  [Symbol.toStringTag]: { value: 'process', configurable: true },
});
FunctionPrototypeCall(EventEmitter.init, process);
let processGlobal = process;
ObjectDefineProperty(global, 'process', {
  get() { return processGlobal; },
  set(value) { processGlobal = value; },
  enumerable: false, configurable: true,
});

module.exports = { process };
