// events.js - `require('events')`: EventEmitter with Node's data layout and event order, events.once.
'use strict';

const {
  ArrayPrototypeFilter, ArrayPrototypeMap, ArrayPrototypePush, ArrayPrototypeShift, ArrayPrototypeSlice, ArrayPrototypeSplice,
  ArrayPrototypeUnshift, FunctionPrototypeCall, ObjectDefineProperties, PromiseReject, PromiseResolve, ReflectApply, ReflectOwnKeys,
  SymbolAsyncIterator, SymbolDispose,
} = primordials;
const { AbortError, invalidArgType, makeNodeError } = require('internal/errors');
const { inspect } = require('internal/util/inspect');
const { validateBoolean, validateFunction, validateNumber } = require('internal/validators');
const nextTick = (fn) => require('internal/process/object').process.nextTick(fn);

// EventEmitter, with Node's data layout (`_events`, `_eventsCount`, `_maxListeners`: what
// console.log of an emitter shows) and its order of 'newListener'/'removeListener' events.
const kCapture = Symbol('kCapture');
const kShapeMode = Symbol('shapeMode');
const kErrorMonitor = Symbol('events.errorMonitor');
// An EventTarget's own limit and whether it has warned (internal/web/event_target reads them).
const kMaxEventTargetListeners = Symbol('events.maxEventTargetListeners');
const kMaxEventTargetListenersWarned = Symbol('events.maxEventTargetListenersWarned');
function EventEmitter(opts) { FunctionPrototypeCall(EventEmitter.init, this, opts); }
EventEmitter.prototype._events = undefined;
EventEmitter.prototype._eventsCount = 0;
EventEmitter.prototype._maxListeners = undefined;
EventEmitter.prototype[kCapture] = false;
const kRejection = Symbol.for('nodejs.rejection');
let defaultMaxListeners = 10;
ObjectDefineProperties(EventEmitter, {
  captureRejections: {
    __proto__: null,
    get() { return EventEmitter.prototype[kCapture]; },
    set(value) {
      validateBoolean(value, 'EventEmitter.captureRejections');
      EventEmitter.prototype[kCapture] = value;
    },
    enumerable: true,
  },
  defaultMaxListeners: {
    __proto__: null,
    get() { return defaultMaxListeners; },
    set(value) {
      validateNumber(value, 'defaultMaxListeners', 0);
      defaultMaxListeners = value;
    },
    enumerable: true,
  },
});
EventEmitter.errorMonitor = kErrorMonitor;
EventEmitter.captureRejectionSymbol = kRejection;
EventEmitter.usingDomains = false;
EventEmitter.kMaxEventTargetListeners = kMaxEventTargetListeners;
EventEmitter.kMaxEventTargetListenersWarned = kMaxEventTargetListenersWarned;
EventEmitter.init = function init(opts) {
  if (this._events === undefined || this._events === Object.getPrototypeOf(this)._events) {
    this._events = { __proto__: null };
    this._eventsCount = 0;
    this[kShapeMode] = false;
  } else {
    this[kShapeMode] = true;
  }
  this._maxListeners = this._maxListeners || undefined;
  if (opts?.captureRejections) {
    validateBoolean(opts.captureRejections, 'options.captureRejections');
    this[kCapture] = Boolean(opts.captureRejections);
  } else {
    this[kCapture] = EventEmitter.prototype[kCapture];
  }
};
function maxListenersOf(target) {
  return target._maxListeners === undefined ? defaultMaxListeners : target._maxListeners;
}
function addListenerTo(target, type, listener, prepend) {
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
const proto = EventEmitter.prototype;
proto.setMaxListeners = function setMaxListeners(n) {
  validateNumber(n, 'setMaxListeners', 0);
  this._maxListeners = n;
  return this;
};
proto.getMaxListeners = function getMaxListeners() { return maxListenersOf(this); };
proto.emit = function emit(type, ...args) {
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
  if (typeof handler === 'function') {
    const result = ReflectApply(handler, this, args);
    if (result !== undefined && result !== null) catchRejection(this, result, type, args);
  } else {
    const listeners = ArrayPrototypeSlice(handler);
    for (let i = 0; i < listeners.length; i++) {
      const result = ReflectApply(listeners[i], this, args);
      if (result !== undefined && result !== null) catchRejection(this, result, type, args);
    }
  }
  return true;
};
proto.addListener = function addListener(type, listener) { return addListenerTo(this, type, listener, false); };
proto.on = proto.addListener;
proto.prependListener = function prependListener(type, listener) { return addListenerTo(this, type, listener, true); };
proto.once = function once(type, listener) {
  validateFunction(listener, 'listener');
  return this.on(type, onceWrap(this, type, listener));
};
proto.prependOnceListener = function prependOnceListener(type, listener) {
  validateFunction(listener, 'listener');
  return this.prependListener(type, onceWrap(this, type, listener));
};
proto.removeListener = function removeListener(type, listener) {
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
};
proto.off = proto.removeListener;
proto.removeAllListeners = function removeAllListeners(type) {
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
    for (const key of ReflectOwnKeys(events)) {
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
};
proto.listeners = function listeners(type) {
  const list = this._events === undefined ? undefined : this._events[type];
  if (list === undefined) return [];
  if (typeof list === 'function') return [list.listener || list];
  return ArrayPrototypeMap(list, (l) => l.listener || l);
};
proto.rawListeners = function rawListeners(type) {
  const list = this._events === undefined ? undefined : this._events[type];
  if (list === undefined) return [];
  return typeof list === 'function' ? [list] : ArrayPrototypeSlice(list);
};
proto.listenerCount = function listenerCount(type, listener) {
  const list = this._events === undefined ? undefined : this._events[type];
  if (list === undefined) return 0;
  const all = typeof list === 'function' ? [list] : list;
  if (listener === undefined || listener === null) return all.length;
  return ArrayPrototypeFilter(all, (l) => l === listener || l.listener === listener).length;
};
proto.eventNames = function eventNames() { return this._eventsCount > 0 ? ReflectOwnKeys(this._events) : []; };

// captureRejections: a listener's rejected promise becomes the emitter's 'error' (or a call
// of its [Symbol.for('nodejs.rejection')] method), on the next tick.
function catchRejection(emitter, promise, type, args) {
  if (!emitter[kCapture]) return;
  try {
    const then = promise.then;
    if (typeof then === 'function') {
      FunctionPrototypeCall(then, promise, undefined, (err) => {
        nextTick(() => rejectionToError(emitter, err, type, args));
      });
    }
  } catch (err) {
    emitter.emit('error', err);
  }
}
function rejectionToError(emitter, err, type, args) {
  if (typeof emitter[kRejection] === 'function') {
    emitter[kRejection](err, type, ...args);
    return;
  }
  const previous = emitter[kCapture];
  try {
    emitter[kCapture] = false;
    emitter.emit('error', err);
  } finally {
    emitter[kCapture] = previous;
  }
}

EventEmitter.EventEmitter = EventEmitter;
EventEmitter.listenerCount = function listenerCount(emitter, type) {
  if (typeof emitter.listenerCount === 'function') return emitter.listenerCount(type);
  return FunctionPrototypeCall(proto.listenerCount, emitter, type);
};

const isEventTarget = (value) => value !== null && typeof value === 'object' && value[kMaxEventTargetListeners] !== undefined;
// The listeners of `type` on an EventEmitter, or on an EventTarget in registration order.
EventEmitter.getEventListeners = function getEventListeners(emitterOrTarget, type) {
  if (typeof emitterOrTarget?.listeners === 'function') return emitterOrTarget.listeners(type);
  if (isEventTarget(emitterOrTarget)) return require('internal/web/event_target').listenersOf(emitterOrTarget, type);
  throw invalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
};
EventEmitter.getMaxListeners = function getMaxListeners(emitterOrTarget) {
  if (typeof emitterOrTarget?.getMaxListeners === 'function') return maxListenersOf(emitterOrTarget);
  if (isEventTarget(emitterOrTarget)) return emitterOrTarget[kMaxEventTargetListeners];
  throw invalidArgType('emitter', ['EventEmitter', 'EventTarget'], emitterOrTarget);
};
// With no targets, the default for emitters and targets made from now on.
EventEmitter.setMaxListeners = function setMaxListeners(n = defaultMaxListeners, ...eventTargets) {
  validateNumber(n, 'setMaxListeners', 0);
  if (eventTargets.length === 0) {
    defaultMaxListeners = n;
    return;
  }
  for (let i = 0; i < eventTargets.length; i++) {
    const target = eventTargets[i];
    if (isEventTarget(target)) {
      target[kMaxEventTargetListeners] = n;
      target[kMaxEventTargetListenersWarned] = false;
    } else if (typeof target?.setMaxListeners === 'function') {
      target.setMaxListeners(n);
    } else {
      throw invalidArgType('eventTargets', ['EventEmitter', 'EventTarget'], target);
    }
  }
};
// Runs `listener` once when `signal` aborts (at once, as a microtask, if it already has);
// the result removes it when disposed.
EventEmitter.addAbortListener = function addAbortListener(signal, listener) {
  if (signal === undefined) throw invalidArgType('signal', 'AbortSignal', signal);
  const { AbortSignal } = require('internal/web/event_target');
  if (!(signal instanceof AbortSignal)) throw invalidArgType('signal', 'AbortSignal', signal);
  validateFunction(listener, 'listener');
  let removed = false;
  if (signal.aborted) queueMicrotask(() => listener());
  else signal.addEventListener('abort', listener, { once: true });
  return {
    __proto__: null,
    [SymbolDispose]() {
      if (removed) return;
      removed = true;
      signal.removeEventListener('abort', listener);
    },
  };
};

// events.on: an async iterator over `event`'s arguments, as they are emitted; an 'error'
// makes the next step throw; options.signal aborts it; options.close names events that end it.
EventEmitter.on = function on(emitter, event, options = undefined) {
  const signal = options?.signal;
  if (signal !== undefined && signal.aborted) throw new AbortError(undefined, { cause: signal.reason });
  const unconsumedEvents = [];
  const unconsumedPromises = [];
  let error = null;
  let finished = false;
  const isTarget = typeof emitter?.addEventListener === 'function';
  const listen = (name, fn) => (isTarget ? emitter.addEventListener(name, fn) : emitter.on(name, fn));
  const unlisten = (name, fn) => (isTarget ? emitter.removeEventListener(name, fn) : emitter.removeListener(name, fn));
  const closeEvents = options?.close ?? [];
  const eventHandler = (...args) => {
    const waiting = ArrayPrototypeShift(unconsumedPromises);
    if (waiting !== undefined) waiting.resolve({ value: args, done: false });
    else ArrayPrototypePush(unconsumedEvents, args);
  };
  const errorHandler = (err) => {
    const waiting = ArrayPrototypeShift(unconsumedPromises);
    if (waiting !== undefined) waiting.reject(err);
    else error = err;
    iterator.return();
  };
  const closeHandler = () => {
    finished = true;
    iterator.return();
  };
  const abortListener = () => errorHandler(new AbortError(undefined, { cause: signal?.reason }));
  const iterator = {
    __proto__: Object.getPrototypeOf(Object.getPrototypeOf(async function* () {}).prototype),
    next() {
      const value = ArrayPrototypeShift(unconsumedEvents);
      if (value !== undefined) return PromiseResolve({ value, done: false });
      if (error !== null) {
        const p = PromiseReject(error);
        error = null;
        return p;
      }
      if (finished) return closeIterator();
      return new Promise((resolve, reject) => ArrayPrototypePush(unconsumedPromises, { resolve, reject }));
    },
    return() { return closeIterator(); },
    throw(err) {
      if (!err || !(err instanceof Error)) throw invalidArgType('EventEmitter.AsyncIterator', 'Error', err);
      errorHandler(err);
      return PromiseResolve({ value: undefined, done: true });
    },
    [SymbolAsyncIterator]() { return this; },
  };
  function closeIterator() {
    unlisten(event, eventHandler);
    if (!isTarget && event !== 'error') unlisten('error', errorHandler);
    for (const name of closeEvents) unlisten(name, closeHandler);
    if (signal !== undefined) signal.removeEventListener('abort', abortListener);
    finished = true;
    const done = PromiseResolve({ value: undefined, done: true });
    while (unconsumedPromises.length > 0) ArrayPrototypeShift(unconsumedPromises).resolve({ value: undefined, done: true });
    return done;
  }
  listen(event, eventHandler);
  if (!isTarget && event !== 'error') emitter.on('error', errorHandler);
  for (const name of closeEvents) listen(name, closeHandler);
  if (signal !== undefined) signal.addEventListener('abort', abortListener, { once: true });
  return iterator;
};
// events.once: the arguments of the next `name` event; an 'error' first rejects, and so
// does an abort of options.signal. As in Node, it is an async function (every failure is a
// rejection), options.signal is validated first and an aborted one wins, and the emitter is
// duck-typed: anything with on() (its once() is used), else with addEventListener().
EventEmitter.once = async function once(emitter, name, options = {}) {
  const signal = options?.signal;
  if (signal !== undefined) {
    const { AbortSignal } = require('internal/web/event_target');
    if (signal === null || typeof signal !== 'object' || !(signal instanceof AbortSignal)) {
      throw invalidArgType('options.signal', 'AbortSignal', signal);
    }
  }
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
  return new Promise((resolve, reject) => {
    let onAbort;
    const cleanup = () => { if (onAbort !== undefined) signal.removeEventListener('abort', onAbort); };
    if (typeof emitter.on !== 'function') {
      if (typeof emitter.addEventListener !== 'function') throw invalidArgType('emitter', 'EventEmitter', emitter);
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
      if (typeof emitter.removeListener === 'function') emitter.removeListener('error', errorListener);
      cleanup();
      resolve(args);
    };
    emitter.once(name, resolver);
    if (name !== 'error' && typeof emitter.once === 'function') emitter.once('error', errorListener);
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
