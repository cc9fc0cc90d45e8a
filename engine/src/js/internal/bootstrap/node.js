// internal/bootstrap/node.js - the runtime as every instance starts with it (built once, into
// the engine's base snapshot): `process`, the globals in Node's order and shapes (most of the
// Web and Node ones lazy: the module defining a global loads the first time a script reads
// it), and the hooks the engine's event loop drives (engine/src/state.rs names them).
'use strict';

const { ObjectDefineProperty, ReflectApply } = primordials;
const native = internalBinding('native');
const { defineLazyProperties, defineReplaceableLazyAttribute, exposeValue } = require('internal/web/expose');

// The language as Node 20 (V8 11.3) has it: what V8 15 added since, and no flag turns off,
// is not there (engine/src/platform.rs turns off the rest).
{
  const { ReflectDeleteProperty } = primordials;
  const removed = [
    [globalThis, ['Iterator']], [Object, ['groupBy']], [Map, ['groupBy']], [Array, ['fromAsync']],
    [Promise, ['withResolvers']], [Math, ['sumPrecise']], [JSON, ['isRawJSON', 'rawJSON']], [Atomics, ['pause']],
    [Set.prototype, ['union', 'intersection', 'difference', 'symmetricDifference', 'isSubsetOf', 'isSupersetOf', 'isDisjointFrom']],
    [ArrayBuffer.prototype, ['detached', 'transfer', 'transferToFixedLength']], [Intl, ['DurationFormat', 'v8BreakIterator']],
  ];
  for (const [target, keys] of removed) for (const key of keys) ReflectDeleteProperty(target, key);
}

// Node's enumerable globals, in its order (console.log(globalThis) lists them); each is
// filled in below. `process` and `console` are there too, not enumerable.
for (const name of ['global', 'clearImmediate', 'setImmediate', 'clearInterval', 'clearTimeout', 'setInterval',
  'setTimeout', 'queueMicrotask', 'structuredClone', 'atob', 'btoa', 'performance', 'crypto']) {
  exposeValue(globalThis, name, undefined, true);
}
ObjectDefineProperty(globalThis, Symbol.toStringTag, { __proto__: null, value: 'global', writable: false, enumerable: false, configurable: true });

const { process } = require('internal/process/object');
const { info, setInfo } = require('internal/process/info');
const { exitCodeOr, exitInt } = require('internal/process/execution');
require('internal/process/signal');
require('internal/process/warning');
require('internal/process/per_thread');
require('internal/process/stdio');
require('internal/process/env');
const { processTicksAndRejections, promiseRejectHandler, runNextTicks } = require('internal/process/task_queues');
const timers = require('internal/timers');
const { hasPlatformWork, trackWebAssembly } = require('internal/process/platform_work');
const { globalConsole } = require('internal/console');
const { isLoaded } = require('internal/bootstrap/realm');
const { forgetMainModule, forgetPackages, formatOf, runMainModule } = require('internal/modules/cjs');
const { inspect } = require('internal/util/inspect');

process.execArgv = [];
process.argv0 = 'node';
process.title = 'node';
const constants = native.constants();
process.version = constants.nodeVersion;
process.versions = { node: constants.nodeVersion.slice(1), v8: constants.v8Version, bulkhead: constants.engineVersion };
process.platform = constants.platform;
process.arch = constants.arch;
// Node 20's LTS line (from 20.9) is 'Iron'. The download URLs of Node's own tarballs are left
// out: they are not this runtime's source, and it cannot build addons against Node's headers.
process.release = { name: 'node', lts: 'Iron' };
process.features = {};
process.config = { variables: {} };

for (const name of ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'setImmediate', 'clearImmediate']) {
  globalThis[name] = timers[name];
}
// util.promisify(setTimeout) and (setImmediate) are timers/promises', as in Node.
for (const name of ['setTimeout', 'setImmediate']) {
  ObjectDefineProperty(timers[name], Symbol.for('nodejs.util.promisify.custom'), {
    __proto__: null, enumerable: true, configurable: true,
    get() { return require('timers/promises')[name]; },
  });
}
ObjectDefineProperty(globalThis, 'console', { __proto__: null, value: globalConsole, writable: true, enumerable: false, configurable: true });

// The Web and Node globals, loaded on first use, in the shapes Node gives them.
defineLazyProperties(globalThis, 'internal/web/encoding', ['atob', 'btoa'], true);
defineReplaceableLazyAttribute(globalThis, 'internal/web/performance', ['performance'], true, true);
defineReplaceableLazyAttribute(globalThis, 'internal/web/webcrypto', ['crypto'], true, false);
defineLazyProperties(globalThis, 'internal/web/webcrypto', ['Crypto'], false);
defineReplaceableLazyAttribute(globalThis, 'buffer', ['Buffer'], false, true);
defineLazyProperties(globalThis, 'internal/web/encoding', ['TextEncoder', 'TextDecoder'], false);
defineLazyProperties(globalThis, 'internal/web/dom_exception', ['DOMException'], false);
defineLazyProperties(globalThis, 'internal/web/event_target', ['AbortController', 'AbortSignal'], false);
{
  const { Event, EventTarget, CustomEvent } = require('internal/web/event_target');
  for (const [name, value] of [['Event', Event], ['EventTarget', EventTarget], ['CustomEvent', CustomEvent]]) {
    exposeValue(globalThis, name, value, false);
  }
}
// A value in Node, so not lazy; what it does loads on first call.
exposeValue(globalThis, 'structuredClone', function structuredClone(value, options) {
  return require('internal/web/structured_clone').structuredClone(value, options);
}, true);
exposeValue(globalThis, 'global', globalThis, true);
trackWebAssembly();

// The hooks the engine drives.
module.exports = {
  process,
  // Runs the user's script, compiled by the engine as a CommonJS function body.
  runMain(fn, filename) {
    timers.resetLoopNow();
    runMainModule(fn, filename);
    processTicksAndRejections();
  },
  tick() { processTicksAndRejections(); },
  // How the main script loads: 0 as CommonJS, 1 as an ES module, 2 "detect" (a .js file
  // under no package type: CommonJS unless only a module parses).
  mainFormat(filename) {
    const format = formatOf(filename);
    return format === 'module' ? 1 : format === 'detect' ? 2 : 0;
  },
  // The main script as an ES module (the loader throws when its graph does not load).
  runMainESM(source, filename, detected) {
    timers.resetLoopNow();
    require('internal/modules/esm').runMainESM(source, filename, detected);
    processTicksAndRejections();
  },
  importModuleDynamically(specifier, referrer, type) {
    return require('internal/modules/esm').importModuleDynamically(specifier, referrer, type);
  },
  initializeImportMeta(meta, url) { require('internal/modules/esm').initializeImportMeta(meta, url); },
  pendingWork: timers.pendingWork,
  mathRandom: primordials.MathRandom,
  // An instance starting from a snapshot of this runtime: its own identity, then (from a
  // user snapshot) the warm-up's deserialize callbacks and main function, then their ticks.
  restore(nextInfo) {
    setInfo(nextInfo);
    if (info.ipc) {
      require('internal/child_process').setupChannel();
      require('internal/cluster/setup').setupClusterWorker();
    }
    if (isLoaded('buffer')) require('buffer').internals.restored(info.mutant);
    trackWebAssembly();
    timers.resetLoopNow();
    if (isLoaded('v8')) require('v8').runDeserializeCallbacks();
    processTicksAndRejections();
  },
  processTimers: timers.processTimers,
  processImmediates: timers.processImmediates,
  // Milliseconds (loop clock) of the next timer expiry, or -1.
  nextTimerExpiry: timers.nextTimerExpiry,
  hasPendingImmediates: timers.pendingImmediates,
  // Whether the loop has referenced work left: Node's uv_loop_alive (timers, immediates,
  // running children, a child's channel with listeners), plus the background work Node's
  // platform drains before it lets a loop end.
  isAlive() { return timers.hasRefedWork() || hasPlatformWork() || (isLoaded('internal/child_process') && require('internal/child_process').hasRefedIpc()); },
  hasPlatformWork,
  emitBeforeExit() {
    if (process._exiting) return;
    process.emit('beforeExit', exitInt(process.exitCode));
    processTicksAndRejections();
  },
  // The loop drained. As Node emits 'exit' from C++ inside a callback scope, the
  // microtasks (and rejections) the listeners leave still run before the exit code is read;
  // nextTick is closed by then.
  emitExit() {
    if (!process._exiting) {
      process._exiting = true;
      process.emit('exit', process.exitCode || 0);
    }
    runNextTicks();
  },
  exitCodeOr,
  promiseRejectHandler,
  // What a parent or child instance posted (engine/src/ipc.rs), then its ticks.
  deliverIpc(kind, id, value, signal) {
    require('internal/child_process').deliver(kind, id, value, signal);
    processTicksAndRejections();
  },
  // A signal delivered by the host; returns true when a listener took it.
  deliverSignal(name) {
    if (process.listenerCount(name) === 0) return false;
    process.emit(name, name);
    processTicksAndRejections();
    return true;
  },
  inspect,
  // Run once, while the base snapshot is built: compiles, into the snapshot, the functions
  // every instance runs (the restore path, deciding a main script's format, a main module
  // that prints, the loop's hooks, a drained loop's 'beforeExit' and 'exit'), so that no
  // instance compiles them again. Its output goes to the builder, which drops it; it leaves no
  // timer, tick, listener, cached package.json or exiting flag behind.
  warmUp(bootInfo) {
    const hooks = module.exports;
    hooks.restore(bootInfo);
    try {
      hooks.mainFormat('/bulkhead/warm-up.js');
    } catch {
      // A malformed package.json up that path: an instance whose script it governs reports it.
    } finally {
      forgetPackages();
    }
    hooks.tick();
    hooks.runMain(function main() {
      console.log('%s %d', 'warm', 1, { up: [1, 'x'] });
      process.nextTick(() => {});
      Promise.resolve().then(() => {});
    }, '/bulkhead/warm-up.js');
    forgetMainModule();
    hooks.processTimers(0);
    hooks.processImmediates();
    hooks.nextTimerExpiry();
    hooks.hasPendingImmediates();
    hooks.isAlive();
    hooks.pendingWork();
    hooks.emitBeforeExit();
    hooks.emitExit();
    process._exiting = false;
    hooks.exitCodeOr(0);
    runNextTicks();
  },
};
