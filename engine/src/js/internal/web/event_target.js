// internal/web/event_target.js - Event, EventTarget, CustomEvent, AbortController, AbortSignal, as Node has them.
'use strict';

const { ObjectDefineProperty } = primordials;
const native = internalBinding('native');
const { invalidArgType, makeNodeError, missingArgs } = require('internal/errors');
const { customInspect, inspect } = require('internal/util/inspect');
// Only an abort makes one: loaded then, so an instance that never aborts does not carry it.
// Constructed here, as Node does, so that no helper's frame shows in its stack.
let DOMException;
const domExceptionClass = () => (DOMException ??= require('internal/web/dom_exception').DOMException);
const { process } = require('internal/process/object');
// Event, EventTarget, CustomEvent, AbortController, AbortSignal (the DOM's, as Node has them)
const kStop = Symbol('stop');
const kTrusted = Symbol('trusted');
class Event {
  #type; #bubbles; #cancelable; #composed; #defaultPrevented = false; #timeStamp;
  #target = null; #currentTarget = null; #phase = 0;
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs('type');
    if (options !== undefined && options !== null && typeof options !== 'object') {
      throw invalidArgType('options', 'object', options);
    }
    this.#type = `${type}`;
    this.#bubbles = Boolean(options && options.bubbles);
    this.#cancelable = Boolean(options && options.cancelable);
    this.#composed = Boolean(options && options.composed);
    this.#timeStamp = native.now();
    this[kStop] = false;
  }
  get type() { return this.#type; }
  get bubbles() { return this.#bubbles; }
  get cancelable() { return this.#cancelable; }
  get composed() { return this.#composed; }
  get defaultPrevented() { return this.#cancelable && this.#defaultPrevented; }
  get returnValue() { return !this.defaultPrevented; }
  get timeStamp() { return this.#timeStamp; }
  get eventPhase() { return this.#phase; }
  get target() { return this.#target; }
  get currentTarget() { return this.#currentTarget; }
  get srcElement() { return this.#target; }
  get isTrusted() { return this[kTrusted] === true; }
  get cancelBubble() { return this[kStop]; }
  preventDefault() { this.#defaultPrevented = true; }
  stopPropagation() {}
  stopImmediatePropagation() { this[kStop] = true; }
  composedPath() { return this.#phase === 0 ? [] : [this.#currentTarget]; }
  // Used by EventTarget.dispatchEvent only.
  static dispatching(event, target) {
    if (event.#phase !== 0) throw makeNodeError(Error, 'ERR_EVENT_RECURSION', `The event "${event.#type}" is already being dispatched`);
    event.#target = target;
    event.#currentTarget = target;
    event.#phase = 2;
  }
  static dispatched(event) {
    event.#currentTarget = null;
    event.#phase = 0;
  }
  [customInspect](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({ type: this.#type, defaultPrevented: this.defaultPrevented, cancelable: this.#cancelable, timeStamp: this.#timeStamp }, options)}`;
  }
}
for (const [name, value] of [['NONE', 0], ['CAPTURING_PHASE', 1], ['AT_TARGET', 2], ['BUBBLING_PHASE', 3]]) {
  ObjectDefineProperty(Event, name, { value, enumerable: true });
  ObjectDefineProperty(Event.prototype, name, { value, enumerable: true });
}
class CustomEvent extends Event {
  #detail;
  constructor(type, options = undefined) {
    if (arguments.length === 0) throw missingArgs('type');
    super(type, options);
    this.#detail = options && options.detail !== undefined ? options.detail : null;
  }
  get detail() { return this.#detail; }
}

const kListeners = Symbol('kEvents');
function validateListener(listener) {
  if (typeof listener === 'function' || (listener !== null && typeof listener === 'object' && typeof listener.handleEvent === 'function')) return;
  throw invalidArgType('listener', 'EventListener', listener);
}
function listenerOptions(options) {
  if (typeof options === 'boolean') return { capture: options, once: false, passive: false, signal: undefined };
  const o = options || {};
  return { capture: Boolean(o.capture), once: Boolean(o.once), passive: Boolean(o.passive), signal: o.signal };
}
// Node's EventTarget warns, once, when one type has more listeners than its limit
// (events.setMaxListeners(n, target); the default is EventEmitter.defaultMaxListeners).
const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = require('events');
class EventTarget {
  constructor() {
    this[kListeners] = new Map();
    this[kMaxEventTargetListeners] = require('events').defaultMaxListeners;
    this[kMaxEventTargetListenersWarned] = false;
  }
  addEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) throw missingArgs('type", "listener');
    if (listener === null || listener === undefined) return;
    validateListener(listener);
    const { capture, once, passive, signal } = listenerOptions(options);
    if (signal !== undefined && signal.aborted) return;
    type = `${type}`;
    let list = this[kListeners].get(type);
    if (list === undefined) this[kListeners].set(type, list = []);
    if (list.some((l) => l.listener === listener && l.capture === capture)) return;
    const record = { listener, capture, once, passive, removed: false };
    list.push(record);
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && list.length > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const warning = new Error(`Possible EventTarget memory leak detected. ${list.length} ${type} listeners added to ` +
        `${inspect(this, { depth: -1 })}. MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      warning.name = 'MaxListenersExceededWarning';
      warning.target = this;
      warning.type = type;
      warning.count = list.length;
      process.emitWarning(warning);
    }
    if (signal !== undefined) {
      signal.addEventListener('abort', () => this.removeEventListener(type, listener, { capture }), { once: true });
    }
  }
  removeEventListener(type, listener, options = undefined) {
    if (arguments.length < 2) throw missingArgs('type", "listener');
    const capture = typeof options === 'boolean' ? options : Boolean(options && options.capture);
    const list = this[kListeners].get(`${type}`);
    if (list === undefined) return;
    const i = list.findIndex((l) => l.listener === listener && l.capture === capture);
    if (i >= 0) {
      list[i].removed = true;
      list.splice(i, 1);
    }
  }
  dispatchEvent(event) {
    if (!(event instanceof Event)) {
      throw invalidArgType('event', 'Event', event);
    }
    Event.dispatching(event, this);
    try {
      const list = this[kListeners].get(event.type);
      for (const record of list === undefined ? [] : list.slice()) {
        if (record.removed) continue;
        if (record.once) this.removeEventListener(event.type, record.listener, { capture: record.capture });
        try {
          if (typeof record.listener === 'function') record.listener.call(this, event);
          else record.listener.handleEvent(event);
        } catch (err) {
          // As in Node: a throwing listener does not stop the others; its error is uncaught.
          process.nextTick(() => { throw err; });
        }
        if (event[kStop]) break;
      }
    } finally {
      Event.dispatched(event);
    }
    return !event.defaultPrevented;
  }
  [customInspect](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    return `${name} ${inspect({}, options)}`;
  }
}
// The listeners of `type` on `target`, in the order they were added (events.getEventListeners).
function listenersOf(target, type) {
  const list = target[kListeners].get(`${type}`);
  return list === undefined ? [] : list.map((record) => record.listener);
}

const kAbort = Symbol('abort');
let constructingSignal = false;
class AbortSignal extends EventTarget {
  #aborted = false;
  #reason = undefined;
  #onabort = null;
  constructor() {
    if (!constructingSignal) throw makeNodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
    super();
  }
  get aborted() { return this.#aborted; }
  get reason() { return this.#reason; }
  get onabort() { return this.#onabort; }
  set onabort(handler) {
    if (this.#onabort !== null) this.removeEventListener('abort', this.#onabort);
    this.#onabort = typeof handler === 'function' ? handler : null;
    if (this.#onabort !== null) this.addEventListener('abort', this.#onabort);
  }
  throwIfAborted() { if (this.#aborted) throw this.#reason; }
  [kAbort](reason) {
    if (this.#aborted) return;
    this.#aborted = true;
    this.#reason = reason === undefined ? new (domExceptionClass())('This operation was aborted', 'AbortError') : reason;
    const event = new Event('abort');
    event[kTrusted] = true;
    this.dispatchEvent(event);
  }
  static abort(reason) {
    const signal = newSignal();
    signal.#aborted = true;
    signal.#reason = reason === undefined ? new (domExceptionClass())('This operation was aborted', 'AbortError') : reason;
    return signal;
  }
  static timeout(delay) {
    if (typeof delay !== 'number') {
      throw invalidArgType('delay', 'number', delay);
    }
    const signal = newSignal();
    const timer = require('internal/timers').setTimeout(() => signal[kAbort](new (domExceptionClass())('The operation was aborted due to timeout', 'TimeoutError')), delay);
    timer.unref();
    return signal;
  }
  static any(signals) {
    const signal = newSignal();
    for (const s of signals) {
      if (s.aborted) { signal[kAbort](s.reason); return signal; }
    }
    for (const s of signals) s.addEventListener('abort', () => signal[kAbort](s.reason), { once: true });
    return signal;
  }
  [customInspect](depth, options) {
    if (depth < 0) return '[AbortSignal]';
    return `AbortSignal ${inspect({ aborted: this.#aborted }, options)}`;
  }
}
class AbortController {
  #signal = newSignal();
  get signal() { return this.#signal; }
  abort(reason = new (domExceptionClass())('This operation was aborted', 'AbortError')) { this.#signal[kAbort](reason); }
  [customInspect](depth, options) {
    if (depth < 0) return 'AbortController {}';
    return `AbortController { signal: ${this.#signal[customInspect](depth - 1, options)} }`;
  }
}
// Only the engine makes signals (`new AbortSignal()` is an illegal constructor).
function newSignal() {
  constructingSignal = true;
  try {
    return new AbortSignal();
  } finally {
    constructingSignal = false;
  }
}

module.exports = {
  AbortController,
  AbortSignal,
  CustomEvent,
  Event,
  EventTarget,
  listenersOf,
};
