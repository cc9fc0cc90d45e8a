// timers/promises.js - `require('timers/promises')`: the timers as promises, cancelled by an
// AbortSignal with Node's AbortError.
'use strict';

const { AbortError, invalidArgType } = require('internal/errors');
const { clearImmediate, clearTimeout, setImmediate, setTimeout } = require('internal/timers');
const { AbortSignal } = require('internal/web/event_target');

// A signal that fires first rejects with Node's AbortError, whose cause is its reason.
function validateSignal(options) {
  const signal = options && options.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) {
    throw invalidArgType('options.signal', 'AbortSignal', signal);
  }
  return signal;
}
function schedule(start, cancel, value, options) {
  const signal = validateSignal(options);
  if (signal !== undefined && signal.aborted) return Promise.reject(new AbortError(undefined, { cause: signal.reason }));
  let oncancel;
  const ret = new Promise((resolve, reject) => {
    const handle = start(resolve, value);
    if (options && options.ref === false) handle.unref();
    if (signal !== undefined) {
      oncancel = () => {
        cancel(handle);
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      signal.addEventListener('abort', oncancel);
    }
  });
  return oncancel !== undefined ? ret.finally(() => signal.removeEventListener('abort', oncancel)) : ret;
}
module.exports = {
  setTimeout(delay, value, options) {
    return schedule((resolve, v) => setTimeout(resolve, delay, v), clearTimeout, value, options);
  },
  setImmediate(value, options) {
    return schedule((resolve, v) => setImmediate(resolve, v), clearImmediate, value, options);
  },
  scheduler: {
    wait: (delay, options) => schedule((resolve) => setTimeout(resolve, delay), clearTimeout, undefined, options),
    yield: () => new Promise((resolve) => setImmediate(resolve)),
  },
};
