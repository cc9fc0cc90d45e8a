// internal/timers.js - Timers and immediates, as Node's lib/internal/timers.js: lists keyed by duration, run in
// expiry order; setImmediate's check phase.
'use strict';

const { ArrayPrototypeConcat, ArrayPrototypeFilter, ArrayPrototypePush, ArrayPrototypeSlice, MathMax, MathTrunc, NumberIsFinite, ReflectApply, SafeMap, SafeSet, SymbolDispose } = primordials;
const native = internalBinding('native');
const { processTicksAndRejections, runNextTicks } = require('internal/process/task_queues');
const { outOfRange } = require('internal/errors');
const { validateFunction, validateNumber } = require('internal/validators');
const { process } = require('internal/process/object');
const { info } = require('internal/process/info');

const TIMEOUT_MAX = 2 ** 31 - 1;
// Node's timer lists: one per whole duration (a timer's delay, truncated), its timers in the
// order they were armed; the lists taken in order of (expiry, id), a list re-armed gets a new
// id. So 1, 1.5 and 0.5 (which becomes 1) fire in the order they were created.
const timerLists = new SafeMap(); // trunc(msecs) -> { msecs, expiry, id, timers: SafeSet }
let timerListId = 0;
let refedTimers = 0;
let loopNow = 0;
const kRefed = Symbol('refed');
function clampDelay(after) {
  after *= 1;
  if (!(after >= 1 && after <= TIMEOUT_MAX)) {
    if (after > TIMEOUT_MAX) {
      process.emitWarning(`${after} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`, 'TimeoutOverflowWarning');
    }
    after = 1;
  }
  return after;
}
class Timeout {
  constructor(callback, after, args, isRepeat) {
    after = clampDelay(after);
    this._idleTimeout = after;
    this._onTimeout = callback;
    this._timerArgs = args;
    this._repeat = isRepeat ? after : null;
    this._destroyed = false;
    this[kRefed] = true;
    this._idleStart = 0;
    refedTimers++;
    insertTimer(this, after, loopNow);
  }
  ref() {
    if (!this[kRefed]) { this[kRefed] = true; if (!this._destroyed) refedTimers++; }
    return this;
  }
  unref() {
    if (this[kRefed]) { this[kRefed] = false; if (!this._destroyed) refedTimers--; }
    return this;
  }
  hasRef() { return this[kRefed]; }
  // Restarts the countdown; a timer that already fired comes back to life (a cleared one
  // does not), as in Node.
  refresh() {
    if (this._idleTimeout < 0) return this;
    removeTimer(this);
    insertTimer(this, this._idleTimeout, native.now() | 0);
    if (this._destroyed) {
      this._destroyed = false;
      if (this[kRefed]) refedTimers++;
      if (this._id !== undefined) timersById.set(this._id, this);
    }
    return this;
  }
  close() { clearTimeout(this); return this; }
  [Symbol.toPrimitive]() { return this._id || (this._id = nextTimerId()); }
}
// Node 20 gives these as anonymous functions: `using` clears the timer.
Timeout.prototype[SymbolDispose] = function() { clearTimeout(this); };
let timerIds = 0;
// Planted leak (engine/src/mutants.rs, never in a normal build): process-wide timer ids.
const nextTimerId = () => (info.mutant === 'shared-timer-ids'
  ? native.mutantCell('timerIds', native.mutantCell('timerIds') + 1) + 1
  : ++timerIds);
const timersById = new SafeMap();
function insertTimer(timer, msecs, start) {
  msecs = MathTrunc(msecs);
  timer._idleStart = start;
  let list = timerLists.get(msecs);
  if (list === undefined) {
    list = { msecs, expiry: start + msecs, id: timerListId++, timers: new SafeSet() };
    timerLists.set(msecs, list);
  }
  list.timers.add(timer);
}
function listOf(timer) {
  return timer._idleTimeout >= 0 ? timerLists.get(MathTrunc(timer._idleTimeout)) : undefined;
}
function isEnrolled(timer) {
  const list = listOf(timer);
  return list !== undefined && list.timers.has(timer);
}
function removeTimer(timer) {
  const list = listOf(timer);
  if (list !== undefined) {
    list.timers.delete(timer);
    if (list.timers.size === 0) timerLists.delete(list.msecs);
  }
}
function unenroll(timer) {
  if (timer._destroyed) return;
  timer._destroyed = true;
  if (timer[kRefed]) refedTimers--;
  removeTimer(timer);
  if (timer._id !== undefined) timersById.delete(timer._id);
  timer._idleTimeout = -1;
}
function nextList(now) {
  let best;
  for (const list of timerLists.values()) {
    if (list.expiry <= now && (best === undefined || list.expiry < best.expiry || (list.expiry === best.expiry && list.id < best.id))) {
      best = list;
    }
  }
  return best;
}
function markDestroyed(timer) {
  timer._destroyed = true;
  if (timer[kRefed]) refedTimers--;
  if (timer._id !== undefined) timersById.delete(timer._id);
}
function processTimers(now) {
  loopNow = now;
  let ranAtLeastOne = false;
  let list;
  while ((list = nextList(now)) !== undefined) {
    const msecs = list.msecs;
    let remaining = false;
    for (const timer of list.timers) {
      if (now - timer._idleStart < msecs) {
        list.expiry = MathMax(timer._idleStart + msecs, now + 1);
        list.id = timerListId++;
        remaining = true;
        break;
      }
      if (ranAtLeastOne) runNextTicks(); else ranAtLeastOne = true;
      list.timers.delete(timer);
      if (timer._destroyed) continue;
      // A timer whose callback was taken away (even from inside its own run) is dropped.
      if (!timer._onTimeout) { markDestroyed(timer); continue; }
      const start = timer._repeat ? native.now() | 0 : 0;
      try {
        const args = timer._timerArgs;
        if (args === undefined) timer._onTimeout();
        else ReflectApply(timer._onTimeout, timer, args);
      } finally {
        if (timer._repeat && timer._idleTimeout !== -1) {
          timer._idleTimeout = timer._repeat;
          insertTimer(timer, timer._idleTimeout, start);
        } else if (!timer._destroyed && !isEnrolled(timer)) {
          markDestroyed(timer);
        }
      }
    }
    if (!remaining && timerLists.get(msecs) === list && list.timers.size === 0) timerLists.delete(msecs);
  }
  if (ranAtLeastOne) processTicksAndRejections();
}
function nextTimerExpiry() {
  let best = -1;
  for (const list of timerLists.values()) {
    if (best === -1 || list.expiry < best) best = list.expiry;
  }
  return best;
}
function timerFromArg(timer) {
  if (timer instanceof Timeout) return timer;
  if (typeof timer === 'number' || typeof timer === 'string') return timersById.get(+timer);
  return undefined;
}
// The legacy API (timers.enroll, active, _unrefActive, unenroll): any object with an
// `_onTimeout` method becomes a timer of `msecs`, armed by active() (referenced) or
// _unrefActive() (not), and fired with itself as `this`.
function enroll(item, msecs) {
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !NumberIsFinite(msecs)) throw outOfRange('msecs', 'a non-negative finite number', msecs);
  if (msecs > TIMEOUT_MAX) {
    process.emitWarning(`${msecs} does not fit into a 32-bit signed integer.\nTimer duration was truncated to ${TIMEOUT_MAX}.`, 'TimeoutOverflowWarning');
    msecs = TIMEOUT_MAX;
  }
  if (isEnrolled(item)) unenroll(item);
  item._idleTimeout = msecs;
}
function activate(item, refed) {
  const msecs = item._idleTimeout;
  if (msecs === undefined || msecs < 0) return;
  removeTimer(item);
  insertTimer(item, msecs, native.now() | 0);
  if (item._destroyed !== false) {
    item._destroyed = false;
    if (refed) refedTimers++;
  } else if (refed !== item[kRefed]) {
    refedTimers += refed ? 1 : -1;
  }
  item[kRefed] = refed;
}
function setTimeout(callback, after, ...args) {
  validateFunction(callback, 'callback');
  const t = new Timeout(callback, after, args.length ? args : undefined, false);
  t._id = nextTimerId(); timersById.set(t._id, t);
  return t;
}
function setInterval(callback, repeat, ...args) {
  validateFunction(callback, 'callback');
  const t = new Timeout(callback, repeat, args.length ? args : undefined, true);
  t._id = nextTimerId(); timersById.set(t._id, t);
  return t;
}
function clearTimeout(timer) {
  const t = timerFromArg(timer);
  if (t !== undefined) unenroll(t);
}
function clearInterval(timer) { clearTimeout(timer); }

// setImmediate: the check phase, after timers.
class Immediate {
  constructor(callback, args) {
    this._onImmediate = callback;
    this._argv = args;
    this._destroyed = false;
    this[kRefed] = true;
    refedImmediates++;
    ArrayPrototypePush(immediateQueue, this);
  }
  ref() { if (!this[kRefed] && !this._destroyed) { this[kRefed] = true; refedImmediates++; } return this; }
  unref() { if (this[kRefed] && !this._destroyed) { this[kRefed] = false; refedImmediates--; } return this; }
  hasRef() { return this[kRefed]; }
}
Immediate.prototype[SymbolDispose] = function() { clearImmediate(this); };
let immediateQueue = [];
let refedImmediates = 0;
function setImmediate(callback, ...args) {
  validateFunction(callback, 'callback');
  return new Immediate(callback, args.length ? args : undefined);
}
function clearImmediate(immediate) {
  if (!(immediate instanceof Immediate) || immediate._destroyed) return;
  immediate._destroyed = true;
  if (immediate[kRefed]) refedImmediates--;
}
function processImmediates() {
  const queue = immediateQueue;
  immediateQueue = [];
  let ranAtLeastOne = false;
  for (let i = 0; i < queue.length; i++) {
    const immediate = queue[i];
    if (immediate._destroyed) continue;
    if (ranAtLeastOne) runNextTicks(); else ranAtLeastOne = true;
    immediate._destroyed = true;
    if (immediate[kRefed]) refedImmediates--;
    try {
      if (immediate._argv === undefined) immediate._onImmediate();
      else immediate._onImmediate(...immediate._argv);
    } catch (err) {
      // Put back what did not run, so the loop resumes after the uncaught-exception handling.
      immediateQueue = ArrayPrototypeConcat(ArrayPrototypeSlice(queue, i + 1), immediateQueue);
      throw err;
    }
  }
  if (ranAtLeastOne) processTicksAndRejections();
  runCloses();
}
// Handles closed during this turn (child_process's): what still names them ends at the end of
// the turn, after its immediates, as libuv runs its close callbacks last.
let pendingCloses = [];
function closeAtTurnEnd(fn) {
  ArrayPrototypePush(pendingCloses, fn);
}
function runCloses() {
  const closes = pendingCloses;
  pendingCloses = [];
  for (let i = 0; i < closes.length; i++) closes[i]();
}
// Whether the loop must not block: a referenced immediate waits (an unreferenced one runs
// only when something else wakes the loop).
function pendingImmediates() {
  return refedImmediates > 0;
}

// Timers and immediates of any kind (referenced or not): what a snapshot cannot carry.
function pendingWork() {
  let n = ArrayPrototypeFilter(immediateQueue, (i) => !i._destroyed).length;
  for (const list of timerLists.values()) n += list.timers.size;
  return n;
}

// What process.getActiveResourcesInfo() lists of timers: one name per referenced one.
function activeResources() {
  const names = [];
  for (let i = 0; i < refedTimers; i++) ArrayPrototypePush(names, 'Timeout');
  for (let i = 0; i < refedImmediates; i++) ArrayPrototypePush(names, 'Immediate');
  return names;
}

module.exports = {
  Immediate,
  activate,
  activeResources,
  enroll,
  unenroll,
  Timeout,
  clearImmediate,
  clearInterval,
  clearTimeout,
  closeAtTurnEnd,
  // Whether referenced timers or immediates keep the loop alive (Node's uv_loop_alive).
  hasRefedWork() { return refedTimers > 0 || refedImmediates > 0; },
  nextTimerExpiry,
  pendingImmediates,
  pendingWork,
  processImmediates,
  processTimers,
  // The loop's clock at the start of a script: where new timers count from.
  resetLoopNow() { loopNow = native.now() | 0; },
  setImmediate,
  setInterval,
  setTimeout,
};
