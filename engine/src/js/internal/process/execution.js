// internal/process/execution.js - How an instance ends from JavaScript: process.exitCode, exit, reallyExit, abort, and
// the uncaught-exception path's JavaScript half (_fatalException, the capture callback).
'use strict';

const { ObjectDefineProperty } = primordials;
const native = internalBinding('native');
const { invalidArgType, makeNodeError } = require('internal/errors');
const { validateInteger } = require('internal/validators');
const { nativeLike, process } = require('internal/process/object');

let exitCode;
ObjectDefineProperty(process, 'exitCode', {
  enumerable: true, configurable: false,
  get() { return exitCode; },
  set(code) {
    if (code !== null && code !== undefined) {
      const asInteger = typeof code === 'string' && code !== '' && Number.isInteger(+code);
      if (!asInteger) validateInteger(code, 'code');
    }
    exitCode = code;
  },
});
// The integer a process would pass to exit(3): ToInt32 of the code, as Node's reallyExit.
function exitInt(code) { return (code || 0) | 0; }

process._exiting = false;

process.reallyExit = nativeLike('reallyExit', (code) => native.reallyExit(exitInt(code)));
// An ES module main's rule, as an 'exit' listener added before its graph loads and removed
// when its evaluation settles: a drained loop with the evaluation still pending (an unsettled
// top-level await) exits 13, unless an exit code was set.
function handleProcessExit() {
  if (process.exitCode === undefined || process.exitCode === null) process.exitCode = 13;
}
process.exit = function exit(code) {
  process.off('exit', handleProcessExit);
  if (arguments.length !== 0) process.exitCode = code;
  if (!process._exiting) {
    process._exiting = true;
    process.emit('exit', process.exitCode || 0);
  }
  process.reallyExit(process.exitCode || 0);
};
process.abort = nativeLike('abort', () => native.abort());
process._fatalException = (er, fromPromise) => {
  const type = fromPromise ? 'unhandledRejection' : 'uncaughtException';
  process.emit('uncaughtExceptionMonitor', er, type);
  if (captureCallback !== null) {
    captureCallback(er);
  } else if (!process.emit('uncaughtException', er, type)) {
    try {
      if (!process._exiting) {
        process._exiting = true;
        process.exitCode = 1;
        process.emit('exit', 1);
      }
    } catch {
      // An exit listener that throws while the instance is already dying changes nothing.
    }
    return false;
  }
  // A handled exception leaves the loop running; make sure queued ticks still get their turn.
  require('internal/timers').setImmediate(noop);
  return true;
};
function noop() {}
// process.setUncaughtExceptionCaptureCallback: one callback that, while set, takes every
// uncaught exception instead of the 'uncaughtException' listeners.
let captureCallback = null;
process.setUncaughtExceptionCaptureCallback = function setUncaughtExceptionCaptureCallback(fn) {
  if (fn === null) { captureCallback = null; return; }
  if (typeof fn !== 'function') throw invalidArgType('fn', ['Function', 'null'], fn);
  if (captureCallback !== null) {
    throw makeNodeError(Error, 'ERR_UNCAUGHT_EXCEPTION_CAPTURE_ALREADY_SET',
      '`process.setupUncaughtExceptionCapture()` was called while a capture callback was already active');
  }
  captureCallback = fn;
};
process.hasUncaughtExceptionCaptureCallback = function hasUncaughtExceptionCaptureCallback() {
  return captureCallback !== null;
};

module.exports = {
  exitInt,
  handleProcessExit,
  // process.exitCode as the exit status it stands for, or `fallback` when unset.
  exitCodeOr(fallback) { return exitCode === undefined || exitCode === null ? fallback : exitInt(exitCode); },
};
