// internal/assert/calltracker.js - assert.CallTracker (deprecated in Node 20, DEP0173):
// functions wrapped to count their calls, each call's `this` and arguments recorded, and a
// report (or an AssertionError from verify()) for those not called the expected number of times.
'use strict';

const {
  ArrayPrototypePush, ArrayPrototypeSlice, Error, FunctionPrototype, NumberIsInteger, ObjectFreeze,
  ReflectApply, SafeSet, SafeWeakMap,
} = primordials;

const AssertionError = require('internal/assert/assertion_error');
const { invalidArgType, invalidArgValue, makeNodeError, outOfRange } = require('internal/errors');
const { process } = require('internal/process/object');

// What one tracked function expects and what it got.
class CallTrackerContext {
  #expected;
  #calls = [];
  #name;
  #stackTrace;

  constructor(expected, name, stackTrace) {
    this.#expected = expected;
    this.#name = name;
    this.#stackTrace = stackTrace;
  }

  track(thisArg, args) {
    ArrayPrototypePush(this.#calls, ObjectFreeze({ thisArg, arguments: ObjectFreeze(ArrayPrototypeSlice(args)) }));
  }

  reset() {
    this.#calls = [];
  }

  getCalls() {
    return ObjectFreeze(ArrayPrototypeSlice(this.#calls));
  }

  // An entry for report(), or undefined when the count is right.
  report() {
    const count = this.#calls.length;
    if (count === this.#expected) return undefined;
    return {
      message: `Expected the ${this.#name} function to be executed ${this.#expected} time(s) ` +
        `but was executed ${count} time(s).`,
      actual: count,
      expected: this.#expected,
      operator: this.#name,
      stack: this.#stackTrace,
    };
  }
}

// `expected` as Node's validateUint32(value, name, positive) takes it.
function validateExpected(value) {
  if (typeof value !== 'number') throw invalidArgType('expected', 'number', value);
  if (!NumberIsInteger(value)) throw outOfRange('expected', 'an integer', value);
  if (value < 1 || value > 4294967295) throw outOfRange('expected', '>= 1 && <= 4294967295', value);
}

class CallTracker {
  #contexts = new SafeSet();
  #tracked = new SafeWeakMap();

  #contextOf(tracked) {
    const context = this.#tracked.get(tracked);
    if (context === undefined) throw invalidArgValue('tracked', tracked, 'is not a tracked function');
    return context;
  }

  reset(tracked) {
    if (tracked === undefined) {
      for (const context of this.#contexts) context.reset();
      return;
    }
    this.#contextOf(tracked).reset();
  }

  getCalls(tracked) {
    return this.#contextOf(tracked).getCalls();
  }

  calls(fn, expected = 1) {
    if (process._exiting) {
      throw makeNodeError(Error, 'ERR_UNAVAILABLE_DURING_EXIT', 'Cannot call function in process exit handler');
    }
    if (typeof fn === 'number') {
      expected = fn;
      fn = FunctionPrototype;
    } else if (fn === undefined) {
      fn = FunctionPrototype;
    }
    validateExpected(expected);
    // eslint-disable-next-line no-restricted-syntax
    const context = new CallTrackerContext(expected, fn.name || 'calls', new Error());
    const tracked = new Proxy(fn, {
      __proto__: null,
      apply(target, thisArg, args) {
        context.track(thisArg, args);
        return ReflectApply(target, thisArg, args);
      },
    });
    this.#contexts.add(context);
    this.#tracked.set(tracked, context);
    return tracked;
  }

  report() {
    const errors = [];
    for (const context of this.#contexts) {
      const entry = context.report();
      if (entry !== undefined) ArrayPrototypePush(errors, entry);
    }
    return errors;
  }

  verify() {
    const errors = this.report();
    if (errors.length === 0) return;
    const message = errors.length === 1 ? errors[0].message : 'Functions were not called the expected number of times';
    throw new AssertionError({ message, details: errors });
  }
}

module.exports = CallTracker;
