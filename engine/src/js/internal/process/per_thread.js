// internal/process/per_thread.js — process methods over the instance's own thread and clocks: hrtime, uptime, memoryUsage,
// cpuUsage, resourceUsage, the ids, umask, cwd.
'use strict';

const { ArrayPrototypeIncludes, ArrayPrototypePush, ArrayPrototypeSlice } = primordials;
const native = internalBinding('native');
const { invalidArgType, makeNodeError, outOfRange } = require('internal/errors');
const { inspect } = require('internal/util/inspect');
const { process } = require('internal/process/object');
const { info } = require('internal/process/info');
process.cwd = function cwd() { return info.cwd; };
process.uptime = function uptime() { return native.now() / 1000; };
process.hrtime = function hrtime(prev) {
  const ns = BigInt(Math.round(native.now() * 1e6)) + BigInt(Math.round(info.hrtimeBaseNs));
  let s = Number(ns / 1000000000n);
  let n = Number(ns % 1000000000n);
  if (Array.isArray(prev)) {
    s -= prev[0]; n -= prev[1];
    if (n < 0) { s -= 1; n += 1e9; }
  }
  return [s, n];
};
process.hrtime.bigint = function bigint() { return BigInt(Math.round(native.now() * 1e6)) + BigInt(Math.round(info.hrtimeBaseNs)); };
process.memoryUsage = function memoryUsage() { return native.memoryUsage(); };
process.memoryUsage.rss = function rss() { return native.memoryUsage().rss; };
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
process.getuid = function getuid() { return info.credentials.uid; };
process.geteuid = function geteuid() { return info.credentials.euid; };
process.getgid = function getgid() { return info.credentials.gid; };
process.getegid = function getegid() { return info.credentials.egid; };
process.getgroups = function getgroups() {
  const groups = ArrayPrototypeSlice(info.credentials.groups);
  if (!ArrayPrototypeIncludes(groups, info.credentials.egid)) ArrayPrototypePush(groups, info.credentials.egid);
  return groups;
};
let umaskValue;
// Planted leak (engine/src/mutants.rs, never in a normal build): one umask for the process.
const sharedUmask = () => info.mutant === 'shared-umask';
process.umask = function umask(mask) {
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
