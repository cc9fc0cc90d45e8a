// internal/util.js - helpers the runtime's modules share: `deprecate`, the one way a runtime
// module or util.deprecate marks a function deprecated (a warning on first use, at most once
// per code for the whole instance, shared with every other deprecation the runtime emits).
'use strict';

const { ObjectSetPrototypeOf, ReflectApply, ReflectConstruct } = primordials;
const { validateString } = require('internal/validators');
const { emitDeprecation } = require('internal/process/warning');
const { process } = require('internal/process/object');

// `fn` wrapped so that its first call (or construction) emits `message` as a
// DeprecationWarning; `code`, when given, is shown at most once per instance whichever
// wrapper reaches it first. The wrapper inherits from `fn` and shares its prototype, so
// `new` and instanceof work through it. Nothing is emitted while process.noDeprecation.
function deprecate(fn, message, code) {
  if (code !== undefined) validateString(code, 'code');
  let warned = false;
  function deprecated(...args) {
    if (!warned && !process.noDeprecation) {
      warned = true;
      if (code !== undefined) emitDeprecation(message, code);
      else process.emitWarning(message, 'DeprecationWarning', deprecated);
    }
    if (new.target) return ReflectConstruct(fn, args, new.target);
    return ReflectApply(fn, this, args);
  }
  ObjectSetPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

module.exports = {
  deprecate,
};
