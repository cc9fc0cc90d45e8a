// internal/process/warning.js - process.emitWarning, the default 'warning' printer, deprecations shown once.
'use strict';

const { SafeSet } = primordials;
const { invalidArgType } = require('internal/errors');
const { process } = require('internal/process/object');
// Warnings as Node's lib/internal/process/warning.js: an Error named after its type,
// emitted as 'warning' on the next tick; the default listener prints it to stderr.
process.emitWarning = function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor; code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type; code = undefined; type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    throw invalidArgType('type', 'string', type);
  }
  if (typeof code === 'function') { ctor = code; code = undefined; }
  else if (code !== undefined && typeof code !== 'string') {
    throw invalidArgType('code', 'string', code);
  }
  if (typeof warning === 'string') {
    const err = new Error(warning);
    err.name = String(type || 'Warning');
    if (code !== undefined) err.code = code;
    if (detail !== undefined) err.detail = detail;
    warning = err;
  } else if (!(warning instanceof Error)) {
    throw invalidArgType('warning', ['string', 'Error'], warning);
  }
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  process.nextTick(() => process.emit('warning', warning));
};
let warnedOnce = false;
let writeWarning;
function onWarning(warning) {
  if (!(warning instanceof Error)) return;
  const isDeprecation = warning.name === 'DeprecationWarning';
  if (isDeprecation && process.noDeprecation) return;
  const code = warning.code ? `[${warning.code}] ` : '';
  let text = `(node:${process.pid}) ${code}${warning.name}: ${warning.message}`;
  if (typeof warning.detail === 'string') text += `\n${warning.detail}`;
  if (!warnedOnce) {
    warnedOnce = true;
    text += `\n(Use \`node --trace-${isDeprecation ? 'deprecation' : 'warnings'} ...\` to show where the warning was created)`;
  }
  // As Node: through the global console's error (what it is when the first warning prints).
  writeWarning ??= require('internal/console').globalConsole.error;
  writeWarning(text);
}
process.on('warning', onWarning);
const deprecationsShown = new SafeSet();
function emitDeprecation(message, code) {
  if (deprecationsShown.has(code)) return;
  deprecationsShown.add(code);
  process.emitWarning(message, 'DeprecationWarning', code);
}

module.exports = {
  emitDeprecation,
};
