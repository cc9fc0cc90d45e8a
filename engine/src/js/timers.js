// timers.js — `require('timers')`.
'use strict';

const { clearImmediate, clearInterval, clearTimeout, setImmediate, setInterval, setTimeout } = require('internal/timers');

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true, configurable: true,
  get() { return require('timers/promises'); },
});
