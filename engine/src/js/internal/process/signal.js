// internal/process/signal.js — Signals as process events: telling the host which signals have listeners, process.kill.
'use strict';

const { ObjectPrototypeHasOwnProperty } = primordials;
const native = internalBinding('native');
const { invalidArgType, makeNodeError, uvError } = require('internal/errors');
const { process } = require('internal/process/object');

// Signals by name, Linux numbers: the engine's one table (engine/src/signal.rs).
const signalNumbers = native.constants().signals;
// Linux's highest signal number (SIGRTMAX).
const kMaxSignal = 64;

// The host decides a signal's default action without entering the isolate, so it is told
// whether a signal has listeners. As in Node, that is the job of a 'newListener' and a
// 'removeListener' listener of process (process.removeAllListeners() removes them too).
function isSignal(type) {
  return typeof type === 'string' && ObjectPrototypeHasOwnProperty(signalNumbers, type);
}
function startListeningIfSignal(type) {
  if (!isSignal(type)) return;
  // These cannot be caught; Node fails to start the signal watcher and adds nothing.
  if (type === 'SIGKILL' || type === 'SIGSTOP') throw uvError('EINVAL', -22, 'uv_signal_start');
  native.signalListeners(type, process.listenerCount(type) + 1);
}
function stopListeningIfSignal(type) {
  if (isSignal(type)) native.signalListeners(type, process.listenerCount(type));
}
process.on('newListener', startListeningIfSignal);
process.on('removeListener', stopListeningIfSignal);
process.kill = function kill(pid, sig) {
  if (pid != (pid | 0)) {
    throw invalidArgType('pid', 'number', pid);
  }
  if (sig === undefined) sig = 'SIGTERM';
  let signo;
  if (sig === (sig | 0)) {
    // The kernel refuses a signal number it does not have before it looks at the pid.
    if (sig < 0 || sig > kMaxSignal) throw uvError('EINVAL', -22, 'kill');
    signo = sig;
  } else if (typeof sig === 'string' && ObjectPrototypeHasOwnProperty(signalNumbers, sig)) {
    signo = signalNumbers[sig];
  } else {
    throw makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${sig}`);
  }
  if (pid !== process.pid) throw uvError('ESRCH', -3, 'kill');
  if (signo === 0) return true;
  const result = native.kill(pid, signo);
  if (result === -1) throw uvError('ESRCH', -3, 'kill');
  if (result === -2) throw uvError('ENOSYS', -38, 'kill');
  return true;
};
