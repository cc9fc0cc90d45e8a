// events.js — `require('events')`: EventEmitter with Node's data layout and event order, events.once.
'use strict';

const { ArrayPrototypeFilter, ArrayPrototypeMap, ArrayPrototypePush, ArrayPrototypeSlice, ArrayPrototypeSplice, ArrayPrototypeUnshift, FunctionPrototypeCall, ReflectApply } = primordials;
const { AbortError, invalidArgType, makeNodeError, outOfRange } = require('internal/errors');
const { inspect } = require('internal/util/inspect');
const { validateFunction } = require('internal/validators');

// EventEmitter, with Node's data layout (`_events`, `_eventsCount`, `_maxListeners`: what
// console.log of an emitter shows) and its order of 'newListener'/'removeListener' events.
const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
function EventEmitter(opts) { FunctionPrototypeCall(EventEmitter.init, this, opts); }
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;
EventEmitter.defaultMaxListeners = 10;
EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.captureRejections = false;
EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  this[kCapture] = Boolean(opts && opts.captureRejections);
};
function maxListenersOf(target) {
  return target._maxListeners === undefined ? EventEmitter.defaultMaxListeners : target._maxListeners;
}
function addListener(target, type, listener, prepend) {
  validateFunction(listener, 'listener');
  let events = target._events;
  let existing;
  if (events === undefined) {
    events = target._events = { __proto__: null };
    target._eventsCount = 0;
  } else {
    if (events.newListener !== undefined) {
      target.emit('newListener', type, listener.listener ? listener.listener : listener);
      events = target._events;
    }
    existing = events[type];
  }
  if (existing === undefined) {
    events[type] = listener;
    ++target._eventsCount;
  } else {
    if (typeof existing === 'function') existing = events[type] = prepend ? [listener, existing] : [existing, listener];
    else if (prepend) ArrayPrototypeUnshift(existing, listener);
    else ArrayPrototypePush(existing, listener);
    const max = maxListenersOf(target);
    if (max > 0 && existing.length > max && !existing.warned) {
      existing.warned = true;
      const warning = new Error(`Possible EventEmitter memory leak detected. ${existing.length} ${String(type)} listeners ` +
        `added to ${inspect(target, { depth: -1 })}. MaxListeners is ${max}. Use emitter.setMaxListeners() to increase limit`);
      warning.name = 'MaxListenersExceededWarning';
      warning.emitter = target;
      warning.type = type;
      warning.count = existing.length;
      require('internal/process/object').process.emitWarning(warning);
    }
  }
  return target;
}
function onceWrapper(...args) {
  if (this.fired) return undefined;
  this.target.removeListener(this.type, this.wrapFn);
  this.fired = true;
  return ReflectApply(this.listener, this.target, args);
}
function onceWrap(target, type, listener) {
  const state = { fired: false, wrapFn: undefined, target, type, listener };
  const wrapped = onceWrapper.bind(state);
  wrapped.listener = listener;
  state.wrapFn = wrapped;
  return wrapped;
}
function emptyEvents(emitter) {
  emitter._events = { __proto__: null };
  emitter._eventsCount = 0;
}
Object.assign(EventEmitter.prototype, {
  on(type, listener) { return addListener(this, type, listener, false); },
  addListener(type, listener) { return addListener(this, type, listener, false); },
  prependListener(type, listener) { return addListener(this, type, listener, true); },
  once(type, listener) {
    validateFunction(listener, 'listener');
    return addListener(this, type, onceWrap(this, type, listener), false);
  },
  prependOnceListener(type, listener) {
    validateFunction(listener, 'listener');
    return addListener(this, type, onceWrap(this, type, listener), true);
  },
  removeListener(type, listener) {
    validateFunction(listener, 'listener');
    const events = this._events;
    if (events === undefined) return this;
    const list = events[type];
    if (list === undefined) return this;
    if (list === listener || list.listener === listener) {
      this._eventsCount -= 1;
      if (this[kShapeMode]) events[type] = undefined;
      else if (this._eventsCount === 0) emptyEvents(this);
      else {
        delete events[type];
        if (events.removeListener) this.emit('removeListener', type, list.listener || listener);
      }
    } else if (typeof list !== 'function') {
      let position = -1;
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i] === listener || list[i].listener === listener) { position = i; break; }
      }
      if (position < 0) return this;
      ArrayPrototypeSplice(list, position, 1);
      if (list.length === 1) events[type] = list[0];
      if (events.removeListener !== undefined) this.emit('removeListener', type, listener);
    }
    return this;
  },
  off(type, listener) { return this.removeListener(type, listener); },
  removeAllListeners(type) {
    const events = this._events;
    if (events === undefined) return this;
    if (events.removeListener === undefined) {
      if (arguments.length === 0) emptyEvents(this);
      else if (events[type] !== undefined) {
        if (--this._eventsCount === 0) emptyEvents(this);
        else delete events[type];
      }
      this[kShapeMode] = false;
      return this;
    }
    if (arguments.length === 0) {
      for (const key of Reflect.ownKeys(events)) {
        if (key !== 'removeListener') this.removeAllListeners(key);
      }
      this.removeAllListeners('removeListener');
      emptyEvents(this);
      this[kShapeMode] = false;
      return this;
    }
    const listeners = events[type];
    if (typeof listeners === 'function') this.removeListener(type, listeners);
    else if (listeners !== undefined) {
      for (let i = listeners.length - 1; i >= 0; i--) this.removeListener(type, listeners[i]);
    }
    return this;
  },
  emit(type, ...args) {
    let doError = type === 'error';
    const events = this._events;
    if (events !== undefined) {
      if (doError && events[kErrorMonitor] !== undefined) this.emit(kErrorMonitor, ...args);
      doError = doError && events.error === undefined;
    } else if (!doError) return false;
    if (doError) {
      const er = args[0];
      if (er instanceof Error) throw er;
      let shown;
      try { shown = inspect(er); } catch { shown = er; }
      const err = makeNodeError(Error, 'ERR_UNHANDLED_ERROR', args.length === 0 ? 'Unhandled error.' : `Unhandled error. (${shown})`);
      err.context = er;
      throw err;
    }
    const handler = events[type];
    if (handler === undefined) return false;
    if (typeof handler === 'function') ReflectApply(handler, this, args);
    else {
      const listeners = ArrayPrototypeSlice(handler);
      for (let i = 0; i < listeners.length; i++) ReflectApply(listeners[i], this, args);
    }
    return true;
  },
  listeners(type) {
    const list = this._events === undefined ? undefined : this._events[type];
    if (list === undefined) return [];
    if (typeof list === 'function') return [list.listener || list];
    return ArrayPrototypeMap(list, (l) => l.listener || l);
  },
  rawListeners(type) {
    const list = this._events === undefined ? undefined : this._events[type];
    if (list === undefined) return [];
    return typeof list === 'function' ? [list] : ArrayPrototypeSlice(list);
  },
  listenerCount(type, listener) {
    const list = this._events === undefined ? undefined : this._events[type];
    if (list === undefined) return 0;
    const all = typeof list === 'function' ? [list] : list;
    if (listener === undefined || listener === null) return all.length;
    return ArrayPrototypeFilter(all, (l) => l === listener || l.listener === listener).length;
  },
  eventNames() { return this._eventsCount > 0 ? Reflect.ownKeys(this._events) : []; },
  setMaxListeners(n) {
    if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
      throw outOfRange('n', 'a non-negative number', n);
    }
    this._maxListeners = n;
    return this;
  },
  getMaxListeners() { return maxListenersOf(this); },
});
EventEmitter.EventEmitter = EventEmitter;
EventEmitter.listenerCount = (emitter, type) => emitter.listenerCount(type);
// events.once: the arguments of the next `name` event; an 'error' first rejects, and so
// does an abort of options.signal. Works on an EventTarget too.
EventEmitter.once = function once(emitter, name, options = {}) {
  const signal = options && options.signal;
  return new Promise((resolve, reject) => {
    const isTarget = emitter !== null && typeof emitter === 'object' && typeof emitter.addEventListener === 'function';
    if (!isTarget && !(emitter instanceof EventEmitter)) {
      throw invalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitter);
    }
    if (signal !== undefined && signal.aborted) {
      reject(new AbortError(undefined, { cause: signal.reason }));
      return;
    }
    let onAbort;
    const cleanup = () => { if (onAbort !== undefined) signal.removeEventListener('abort', onAbort); };
    if (isTarget) {
      const listener = (...args) => { cleanup(); resolve(args); };
      emitter.addEventListener(name, listener, { once: true });
      if (signal !== undefined) {
        onAbort = () => { emitter.removeEventListener(name, listener); reject(new AbortError(undefined, { cause: signal.reason })); };
        signal.addEventListener('abort', onAbort, { once: true });
      }
      return;
    }
    const errorListener = (err) => {
      emitter.removeListener(name, resolver);
      cleanup();
      reject(err);
    };
    const resolver = (...args) => {
      if (name !== 'error') emitter.removeListener('error', errorListener);
      cleanup();
      resolve(args);
    };
    emitter.once(name, resolver);
    if (name !== 'error') emitter.once('error', errorListener);
    if (signal !== undefined) {
      onAbort = () => {
        emitter.removeListener(name, resolver);
        emitter.removeListener('error', errorListener);
        reject(new AbortError(undefined, { cause: signal.reason }));
      };
      signal.addEventListener('abort', onAbort, { once: true });
    }
  });
};

module.exports = EventEmitter;
