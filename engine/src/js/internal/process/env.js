// internal/process/env.js - process.env: the instance's overlay over the host's environment (engine/src/env.rs).
'use strict';

const native = internalBinding('native');
const { makeNodeError } = require('internal/errors');
const { process } = require('internal/process/object');

// process.env: the instance's overlay over the host's environment (engine/src/env.rs).
// Like Node's interceptors: env names first, then the ordinary object behind (so
// process.env.hasOwnProperty exists); symbols read as undefined and cannot be written;
// values become strings; only plain data descriptors may be defined.
const symbolToString = () => new TypeError('Cannot convert a Symbol value to a string');
const badDescriptor = (what) => makeNodeError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY', `'process.env' ${what}`);
// Node re-reads the time zone when TZ is assigned. V8 keeps one time zone for the whole
// process, so here an assignment would reach every instance: it changes only the variable,
// and says so, once per instance.
let warnedTimeZone = false;
function setVariable(name, value) {
  native.envSet(name, value);
  if (name === 'TZ' && !warnedTimeZone) {
    warnedTimeZone = true;
    process.emitWarning('process.env.TZ was set, but Date keeps the time zone it had: in bulkhead the time zone ' +
      'belongs to the whole process, shared by every instance, so one instance cannot change it', 'TimeZoneWarning');
  }
}
process.env = new Proxy({}, {
  get(target, name) {
    if (typeof name !== 'string') return undefined;
    const value = native.envGet(name);
    return value !== undefined ? value : Reflect.get(target, name);
  },
  set(_t, name, value) {
    if (typeof name !== 'string' || typeof value === 'symbol') throw symbolToString();
    setVariable(name, `${value}`);
    return true;
  },
  deleteProperty(_t, name) { if (typeof name === 'string') native.envDelete(name); return true; },
  has(target, name) {
    return (typeof name === 'string' && native.envGet(name) !== undefined) || Reflect.has(target, name);
  },
  ownKeys() { return native.envKeys(); },
  getOwnPropertyDescriptor(_t, name) {
    if (typeof name !== 'string') return undefined;
    const value = native.envGet(name);
    return value === undefined ? undefined : { value, writable: true, enumerable: true, configurable: true };
  },
  defineProperty(_t, name, desc) {
    if ('get' in desc || 'set' in desc) throw badDescriptor('does not accept an accessor(getter/setter) descriptor');
    if (!('value' in desc) || desc.writable !== true || desc.enumerable !== true || desc.configurable !== true) {
      throw badDescriptor('only accepts a configurable, writable, and enumerable data descriptor');
    }
    if (typeof name !== 'string' || typeof desc.value === 'symbol') throw symbolToString();
    setVariable(name, `${desc.value}`);
    return true;
  },
});
