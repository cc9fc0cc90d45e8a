// internal/process/task_queues.js - The nextTick queue, queueMicrotask, and the promise-rejection tracker (Node's
// lib/internal/process/task_queues.js and promises.js), run after every macrotask.
'use strict';

const { ArrayPrototypePush, ArrayPrototypeShift, ObjectDefineProperty, ObjectPrototypeHasOwnProperty, ReflectApply, SafeWeakMap } = primordials;
const global = globalThis;
const native = internalBinding('native');
const { inspect } = require('internal/util/inspect');
const { validateFunction } = require('internal/validators');
const { process } = require('internal/process/object');
const { info } = require('internal/process/info');
// nextTick queue, microtasks and promise rejections (Node's task_queues and promises)
const tickQueue = [];
let tickHead = 0;
let hasRejectionToWarn = false;

process.nextTick = function nextTick(callback, ...args) {
  validateFunction(callback, 'callback');
  if (process._exiting) return;
  ArrayPrototypePush(tickQueue, { callback, args: args.length ? args : undefined });
};
function hasTickScheduled() { return tickHead < tickQueue.length; }
function processTicksAndRejections() {
  do {
    while (tickHead < tickQueue.length) {
      const tock = tickQueue[tickHead];
      tickQueue[tickHead++] = undefined;
      if (tickHead === tickQueue.length) { tickQueue.length = 0; tickHead = 0; }
      // As in Node, the callback's `this` is undefined.
      const { callback, args } = tock;
      if (args === undefined) callback();
      else ReflectApply(callback, undefined, args);
    }
    native.runMicrotasks();
  } while (hasTickScheduled() || processPromiseRejections());
  hasRejectionToWarn = false;
}
function runNextTicks() {
  if (!hasTickScheduled() && !hasRejectionToWarn) native.runMicrotasks();
  if (!hasTickScheduled() && !hasRejectionToWarn) return;
  processTicksAndRejections();
}

global.queueMicrotask = function queueMicrotask(callback) {
  validateFunction(callback, 'callback');
  native.enqueueMicrotask(() => {
    try {
      callback();
    } catch (error) {
      native.triggerUncaughtException(error, false);
    }
  });
};

const maybeUnhandled = new SafeWeakMap();
const pendingUnhandled = [];
const kRejectWithNoHandler = 0;
const kHandlerAddedAfterReject = 1;
function promiseRejectHandler(type, promise, reason) {
  if (type === kRejectWithNoHandler) {
    maybeUnhandled.set(promise, { reason, warned: false, uid: ++lastRejectionId });
    ArrayPrototypePush(pendingUnhandled, promise);
    hasRejectionToWarn = true;
  } else if (type === kHandlerAddedAfterReject) {
    const info = maybeUnhandled.get(promise);
    if (info !== undefined) {
      maybeUnhandled.delete(promise);
      if (info.warned) {
        // Reported with the next batch of rejections, after the current ticks and microtasks.
        const warning = new Error(`Promise rejection was handled asynchronously (rejection id: ${info.uid})`);
        warning.name = 'PromiseRejectionHandledWarning';
        warning.id = info.uid;
        ArrayPrototypePush(asyncHandled, { promise, warning });
        hasRejectionToWarn = true;
      }
    }
  }
}
let lastRejectionId = 0;
const asyncHandled = [];
// Planted leak (engine/src/mutants.rs, never in a normal build): whether a rejection was
// handled is decided by 'unhandledRejection' listeners anywhere in the process.
const sharedRejectionListeners = () => info.mutant === 'shared-rejection-listeners';
function emitUnhandledRejection(reason, promise) {
  const handled = process.emit('unhandledRejection', reason, promise);
  if (!sharedRejectionListeners()) return handled;
  if (handled) native.mutantCell('unhandledRejectionListeners', 1);
  return handled || native.mutantCell('unhandledRejectionListeners') === 1;
}
class UnhandledPromiseRejection extends Error {
  constructor(reason) {
    super('This error originated either by throwing inside of an async function without a catch ' +
      'block, or by rejecting a promise which was not handled with .catch(). The promise ' +
      `rejected with the reason "${inspect(reason)}".`);
    this.code = 'ERR_UNHANDLED_REJECTION';
  }
}
ObjectDefineProperty(UnhandledPromiseRejection.prototype, 'name', { value: 'UnhandledPromiseRejection' });
function isErrorLike(o) {
  return typeof o === 'object' && o !== null && ObjectPrototypeHasOwnProperty(o, 'stack');
}
function processPromiseRejections() {
  let scheduled = asyncHandled.length > 0;
  while (asyncHandled.length > 0) {
    const { promise, warning } = ArrayPrototypeShift(asyncHandled);
    if (!process.emit('rejectionHandled', promise)) process.emitWarning(warning);
  }
  let len = pendingUnhandled.length;
  while (len--) {
    const promise = ArrayPrototypeShift(pendingUnhandled);
    const record = maybeUnhandled.get(promise);
    if (record === undefined) continue;
    record.warned = true;
    const { reason } = record;
    // Node 20's default --unhandled-rejections=throw.
    if (!emitUnhandledRejection(reason, promise)) {
      const err = isErrorLike(reason) ? reason : new UnhandledPromiseRejection(reason);
      native.triggerUncaughtException(err, true);
    }
    scheduled = true;
  }
  return scheduled || pendingUnhandled.length !== 0;
}

module.exports = {
  processTicksAndRejections,
  promiseRejectHandler,
  runNextTicks,
};
