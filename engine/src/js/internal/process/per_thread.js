// internal/process/per_thread.js — process methods over the instance's own thread and clocks: hrtime, uptime, memoryUsage,
// cpuUsage, resourceUsage, the ids, umask, cwd, getActiveResourcesInfo, allowedNodeEnvironmentFlags.
'use strict';

const {
  ArrayIsArray, ArrayPrototypeForEach, ArrayPrototypeIncludes, ArrayPrototypePush, ArrayPrototypeSlice, MathRound, ObjectDefineProperty,
  ObjectFreeze, ReflectApply, RegExpPrototypeExec, SafeSet, SetPrototypeEntries, SetPrototypeValues, StringPrototypeReplace, SymbolIterator,
} = primordials;
const native = internalBinding('native');
const { invalidArgType, makeNodeError, outOfRange } = require('internal/errors');
const { inspect } = require('internal/util/inspect');
const { nativeLike, process } = require('internal/process/object');
const { info } = require('internal/process/info');
// Node's names: the wrappers of cwd and umask are named so.
process.cwd = function wrappedCwd() { return info.cwd; };
process.uptime = nativeLike('uptime', () => native.now() / 1000);
function hrtimeNs() { return BigInt(MathRound(native.now() * 1e6)) + BigInt(MathRound(info.hrtimeBaseNs)); }
process.hrtime = function hrtime(time) {
  const ns = hrtimeNs();
  const s = Number(ns / 1000000000n);
  const n = Number(ns % 1000000000n);
  if (time === undefined) return [s, n];
  if (!ArrayIsArray(time)) throw invalidArgType('time', 'Array', time);
  if (time.length !== 2) throw outOfRange('time', 2, time.length);
  // As in Node, the elements are not checked.
  const sec = s - time[0];
  const nsec = n - time[1];
  return nsec < 0 ? [sec - 1, nsec + 1e9] : [sec, nsec];
};
process.hrtime.bigint = function hrtimeBigInt() { return hrtimeNs(); };
process.memoryUsage = function memoryUsage() { return native.memoryUsage(); };
process.memoryUsage.rss = nativeLike('rss', () => native.memoryUsage().rss);
// CPU and resource usage are the instance's own: its thread's (engine/src/host.rs).
function propertyType(name) { return name.includes('.') ? 'property' : 'argument'; }
function validateUsageField(prev, name) {
  const value = prev[name];
  if (typeof value === 'number' && value <= Number.MAX_SAFE_INTEGER && value >= 0) return;
  if (prev === null || typeof prev !== 'object') {
    throw invalidArgType('prevValue', 'object', prev);
  }
  const full = `prevValue.${name}`;
  if (typeof value !== 'number') {
    throw invalidArgType(full, 'number', value);
  }
  throw makeNodeError(RangeError, 'ERR_INVALID_ARG_VALUE', `The ${propertyType(full)} '${full}' is invalid. Received ${inspect(value)}`);
}
process.cpuUsage = function cpuUsage(prevValue) {
  if (prevValue) {
    validateUsageField(prevValue, 'user');
    validateUsageField(prevValue, 'system');
  }
  const usage = native.threadUsage() || { userCPUTime: 0, systemCPUTime: 0 };
  const user = usage.userCPUTime;
  const system = usage.systemCPUTime;
  if (prevValue) return { user: user - prevValue.user, system: system - prevValue.system };
  return { user, system };
};
process.resourceUsage = function resourceUsage() { return native.threadUsage(); };
// The ids the host process runs with; the umask is the instance's own copy of the host's.
process.getuid = nativeLike('getuid', () => info.credentials.uid);
process.geteuid = nativeLike('geteuid', () => info.credentials.euid);
process.getgid = nativeLike('getgid', () => info.credentials.gid);
process.getegid = nativeLike('getegid', () => info.credentials.egid);
process.getgroups = nativeLike('getgroups', () => {
  const groups = ArrayPrototypeSlice(info.credentials.groups);
  if (!ArrayPrototypeIncludes(groups, info.credentials.egid)) ArrayPrototypePush(groups, info.credentials.egid);
  return groups;
});
// What keeps the loop alive, by Node's names: one 'Timeout' per referenced timer, one
// 'Immediate' per referenced immediate (the instance has no handles or requests).
process.getActiveResourcesInfo = nativeLike('getActiveResourcesInfo', () => require('internal/timers').activeResources());
let umaskValue;
// Planted leak (engine/src/mutants.rs, never in a normal build): one umask for the process.
const sharedUmask = () => info.mutant === 'shared-umask';
process.umask = function wrappedUmask(mask) {
  if (umaskValue === undefined) umaskValue = info.credentials.umask;
  if (sharedUmask() && native.mutantCell('umask.set') === 1) umaskValue = native.mutantCell('umask');
  const old = umaskValue;
  if (mask !== undefined) {
    let value = mask;
    if (typeof value === 'string') {
      if (!/^[0-7]+$/.test(value)) {
        throw makeNodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
          `The argument 'mask' must be a 32-bit unsigned integer or an octal string. Received ${inspect(mask)}`);
      }
      value = parseInt(value, 8);
    }
    if (typeof value !== 'number') {
      throw invalidArgType('mask', 'number', value);
    }
    if (!Number.isInteger(value)) {
      throw outOfRange('mask', 'an integer', value);
    }
    if (value < 0 || value > 4294967295) {
      throw outOfRange('mask', '>= 0 && <= 4294967295', value);
    }
    umaskValue = value & 0o777;
    if (sharedUmask()) { native.mutantCell('umask', umaskValue); native.mutantCell('umask.set', 1); }
  }
  return old;
};

// process.allowedNodeEnvironmentFlags: a frozen, read-only Set of the options NODE_OPTIONS
// accepts; has() takes a flag in any of its spellings (`--a_b=1`, `a-b`). Built on first read,
// which replaces the accessor with the value.
class NodeEnvironmentFlagsSet extends Set {
  #array;
  constructor(array) {
    super();
    this.#array = array;
  }
  add() { return this; }
  delete() { return false; }
  clear() {}
  has(key) {
    if (typeof key !== 'string') return false;
    key = StringPrototypeReplace(key, /_/g, '-');
    if (RegExpPrototypeExec(/^--?/, key) !== null) {
      return ArrayPrototypeIncludes(this.#array, StringPrototypeReplace(key, /=.*$/, ''));
    }
    return ArrayPrototypeIncludes(this.#array, `--${key}`) || ArrayPrototypeIncludes(this.#array, `-${key}`);
  }
  entries() { return SetPrototypeEntries(new SafeSet(this.#array)); }
  forEach(callback, thisArg = undefined) {
    ArrayPrototypeForEach(this.#array, (flag) => ReflectApply(callback, thisArg, [flag, flag, this]));
  }
  get size() { return this.#array.length; }
  values() { return SetPrototypeValues(new SafeSet(this.#array)); }
}
NodeEnvironmentFlagsSet.prototype.keys = NodeEnvironmentFlagsSet.prototype[SymbolIterator] = NodeEnvironmentFlagsSet.prototype.values;
ObjectFreeze(NodeEnvironmentFlagsSet.prototype.constructor);
ObjectFreeze(NodeEnvironmentFlagsSet.prototype);
ObjectDefineProperty(process, 'allowedNodeEnvironmentFlags', {
  __proto__: null,
  get() {
    const flags = ObjectFreeze(new NodeEnvironmentFlagsSet(require('internal/process/allowed_flags')));
    ObjectDefineProperty(this, 'allowedNodeEnvironmentFlags', { __proto__: null, value: flags, writable: true, enumerable: true, configurable: true });
    return flags;
  },
  set(value) {
    ObjectDefineProperty(this, 'allowedNodeEnvironmentFlags', { __proto__: null, value, writable: true, enumerable: true, configurable: true });
  },
  enumerable: true,
  configurable: true,
});
