// internal/process/signal.js - Signals as process events: telling the host which signals have listeners, process.kill.
'use strict';

const { ObjectPrototypeHasOwnProperty } = primordials;
const native = internalBinding('native');
const { invalidArgType, makeNodeError, uvError } = require('internal/errors');
const { nativeLike, process } = require('internal/process/object');

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
// process.kill validates and names the signal, then sends it through process._kill (0 or a
// negative errno, as Node's binding: a test may replace it).
process.kill = function kill(pid, sig) {
  if (pid != (pid | 0)) {
    throw invalidArgType('pid', 'number', pid);
  }
  let err;
  if (sig === (sig | 0)) {
    err = process._kill(pid, sig);
  } else {
    sig = sig || 'SIGTERM';
    if (typeof sig !== 'string' || !ObjectPrototypeHasOwnProperty(signalNumbers, sig)) {
      throw makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${sig}`);
    }
    err = process._kill(pid, signalNumbers[sig]);
  }
  if (err) throw uvError(errnoNames[err] ?? `Unknown system error ${err}`, err, 'kill');
  return true;
};
const errnoNames = { __proto__: null, [-3]: 'ESRCH', [-22]: 'EINVAL', [-38]: 'ENOSYS' };
// Only the instance itself can be signalled (simulated, engine/src/signal.rs). As the kernel
// does, a signal number it does not have is refused (EINVAL) for an existing process (the
// instance) and for the pids 0 and -1; any other pid has no process (ESRCH) first.
process._kill = nativeLike('_kill', (pid, sig) => {
  pid |= 0;
  sig |= 0;
  if ((sig < 0 || sig > kMaxSignal) && (pid === process.pid || pid === 0 || pid === -1)) return -22;
  if (pid !== process.pid) return -3;
  if (sig === 0) return 0;
  const result = native.kill(process.pid, sig);
  return result === -1 ? -3 : result === -2 ? -38 : 0;
});
