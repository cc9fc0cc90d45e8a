// internal/process/per_thread.js - process methods over the instance's own thread and clocks: hrtime, uptime, memoryUsage,
// cpuUsage, resourceUsage, the memory limits, the ids and their setters, umask, cwd and chdir, getActiveResourcesInfo,
// allowedNodeEnvironmentFlags, setSourceMapsEnabled, the deprecated assert.
'use strict';

const {
  ArrayIsArray, ArrayPrototypeConcat, ArrayPrototypeFind, ArrayPrototypeForEach, ArrayPrototypeIncludes, ArrayPrototypePush, ArrayPrototypeSlice, MathRound, ObjectDefineProperty,
  ObjectFreeze, ReflectApply, RegExpPrototypeExec, SafeSet, SetPrototypeEntries, SetPrototypeValues, StringPrototypeReplace, StringPrototypeSplit,
  SymbolIterator,
} = primordials;
const native = internalBinding('native');
const fs = internalBinding('fs');
const { invalidArgType, makeNodeError, outOfRange } = require('internal/errors');
const { format, inspect } = require('internal/util/inspect');
const { nativeLike, process } = require('internal/process/object');
const { info } = require('internal/process/info');
const { validateArray, validateBoolean, validateString, validateUint32 } = require('internal/validators');
const { emitDeprecation } = require('internal/process/warning');
// Node's names: the wrappers of cwd, chdir and umask are named so.
process.cwd = function wrappedCwd() { return info.cwd; };
// The instance's own working directory: bulkhead's instances share one process, so chdir never
// changes the process's; path.resolve and the module loaders resolve against the instance's
// (engine/src/bindings/fs.rs). The errors are libuv's, which Node's chdir throws.
const uvErrors = {
  __proto__: null, 1: ['EPERM', 'operation not permitted'], 2: ['ENOENT', 'no such file or directory'],
  5: ['EIO', 'i/o error'], 13: ['EACCES', 'permission denied'], 20: ['ENOTDIR', 'not a directory'],
  36: ['ENAMETOOLONG', 'name too long'], 40: ['ELOOP', 'too many symbolic links encountered'],
};
process.chdir = function wrappedChdir(directory) {
  validateString(directory, 'directory');
  const result = fs.chdir(directory);
  if (typeof result === 'string') {
    info.cwd = result;
    return;
  }
  const known = uvErrors[-result];
  const code = known ? known[0] : `Unknown system error ${result}`;
  const description = known ? known[1] : code;
  const err = new Error(`${code}: ${description}, chdir '${info.cwd}' -> '${directory}'`);
  err.errno = result;
  err.code = code;
  err.syscall = 'chdir';
  err.path = info.cwd;
  err.dest = directory;
  throw err;
};
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
// The host process's: what its control group allows, and what is left of it.
process.constrainedMemory = nativeLike('constrainedMemory', () => native.constrainedMemory());
process.availableMemory = nativeLike('availableMemory', () => native.availableMemory());
// Stack traces are never source-mapped here; the switch is only checked, as Node checks it.
process.setSourceMapsEnabled = function setSourceMapsEnabled(val) { validateBoolean(val, 'val'); };
// DEP0100, as Node's: a wrapper named `deprecated`.
process.assert = function deprecated(...args) {
  emitDeprecation('process.assert() is deprecated. Please use the `assert` module instead.', 'DEP0100');
  if (!args[0]) throw makeNodeError(Error, 'ERR_ASSERTION', format('%s', args[1] || 'assertion error'));
};
// The ids the host process runs with, as the instance sees them: its setters change only
// that view (never the process's, which every instance shares), under the kernel's rules
// (an effective uid 0 may set any id; others only switch among their real, effective and
// saved ones), with user and group names looked up in /etc/passwd and /etc/group. The
// umask is the instance's own copy of the host's.
process.getuid = nativeLike('getuid', () => info.credentials.uid);
process.geteuid = nativeLike('geteuid', () => info.credentials.euid);
process.getgid = nativeLike('getgid', () => info.credentials.gid);
process.getegid = nativeLike('getegid', () => info.credentials.egid);
process.getgroups = nativeLike('getgroups', () => {
  const groups = ArrayPrototypeSlice(info.credentials.groups);
  if (!ArrayPrototypeIncludes(groups, info.credentials.egid)) ArrayPrototypePush(groups, info.credentials.egid);
  return groups;
});
function credentials() {
  const c = info.credentials;
  if (c.suid === undefined) { c.suid = c.euid; c.sgid = c.egid; }
  return c;
}
// The fields of the entry of `file` (an /etc/passwd-like database) whose field `at` is `value`.
function dbEntries(file) {
  const lines = StringPrototypeSplit(fs.readFileUtf8(file) ?? '', '\n');
  const entries = [];
  for (let i = 0; i < lines.length; i++) {
    const fields = StringPrototypeSplit(lines[i], ':');
    if (fields.length > 3) ArrayPrototypePush(entries, fields);
  }
  return entries;
}
function dbEntry(file, at, value) {
  return ArrayPrototypeFind(dbEntries(file), (fields) => fields[at] === value);
}
// A uid or gid: a number as given, a name as the database has it (undefined when it has not).
function idOf(file, id) {
  if (typeof id === 'number') return id;
  const entry = dbEntry(file, 0, id);
  return entry === undefined ? undefined : +entry[2];
}
function validateId(id, name) {
  if (typeof id === 'number') validateUint32(id, name);
  else if (typeof id !== 'string') throw invalidArgType(name, ['number', 'string'], id);
}
function unknownCredential(type, id) {
  return makeNodeError(Error, 'ERR_UNKNOWN_CREDENTIAL', `${type} identifier does not exist: ${id}`);
}
function notPermitted(syscall) {
  const err = new Error('EPERM, Operation not permitted');
  err.errno = 1;
  err.code = 'EPERM';
  err.syscall = syscall;
  return err;
}
// setuid/setgid/seteuid/setegid: `apply(c, id)` returns false where the kernel says EPERM.
function idSetter(type, syscall, apply) {
  return function(id) {
    validateId(id, 'id');
    const value = idOf(type === 'User' ? '/etc/passwd' : '/etc/group', id);
    if (value === undefined) throw unknownCredential(type, id);
    if (!apply(credentials(), value)) throw notPermitted(syscall);
  };
}
process.setuid = idSetter('User', 'setuid', (c, id) => {
  if (c.euid === 0) c.uid = c.suid = id;
  else if (id !== c.uid && id !== c.suid) return false;
  c.euid = id;
  return true;
});
process.seteuid = idSetter('User', 'seteuid', (c, id) => {
  if (c.euid !== 0 && id !== c.uid && id !== c.euid && id !== c.suid) return false;
  c.euid = id;
  return true;
});
process.setgid = idSetter('Group', 'setgid', (c, id) => {
  if (c.euid === 0) c.gid = c.sgid = id;
  else if (id !== c.gid && id !== c.sgid) return false;
  c.egid = id;
  return true;
});
process.setegid = idSetter('Group', 'setegid', (c, id) => {
  if (c.euid !== 0 && id !== c.gid && id !== c.egid && id !== c.sgid) return false;
  c.egid = id;
  return true;
});
process.setgroups = function setgroups(groups) {
  validateArray(groups, 'groups');
  for (let i = 0; i < groups.length; i++) validateId(groups[i], `groups[${i}]`);
  const gids = [];
  for (let i = 0; i < groups.length; i++) {
    const gid = idOf('/etc/group', groups[i]);
    if (gid === undefined) throw unknownCredential('Group', groups[i]);
    ArrayPrototypePush(gids, gid);
  }
  const c = credentials();
  if (c.euid !== 0) throw notPermitted('setgroups');
  c.groups = gids;
};
// The groups become `extraGroup` and those /etc/group lists `user` in (getgrouplist's).
process.initgroups = function initgroups(user, extraGroup) {
  validateId(user, 'user');
  validateId(extraGroup, 'extraGroup');
  let name = user;
  if (typeof user === 'number') {
    name = dbEntry('/etc/passwd', 2, `${user}`)?.[0];
    if (name === undefined) throw unknownCredential('User', user);
  }
  const extra = idOf('/etc/group', extraGroup);
  if (extra === undefined) throw unknownCredential('Group', extraGroup);
  const c = credentials();
  if (c.euid !== 0) throw notPermitted('initgroups');
  const gids = [extra];
  ArrayPrototypeForEach(dbEntries('/etc/group'), (fields) => {
    const gid = +fields[2];
    if (ArrayPrototypeIncludes(StringPrototypeSplit(fields[3], ','), name) && !ArrayPrototypeIncludes(gids, gid)) ArrayPrototypePush(gids, gid);
  });
  c.groups = gids;
};
// What keeps the loop alive, by Node's names: one 'Timeout' per referenced timer, one
// 'Immediate' per referenced immediate (the instance has no handles or requests).
// Handles first (IPC's), then timers and immediates, in Node's order.
process.getActiveResourcesInfo = nativeLike('getActiveResourcesInfo', () =>
  ArrayPrototypeConcat(require('internal/child_process').activeResources(), require('internal/timers').activeResources()));
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
