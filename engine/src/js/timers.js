// timers.js - `require('timers')`: the timer functions, and the deprecated legacy API that
// makes any object a timer (enroll, active, _unrefActive, unenroll).
'use strict';

const timers = require('internal/timers');
const { clearImmediate, clearInterval, clearTimeout, setImmediate, setInterval, setTimeout } = timers;
const { deprecate } = require('internal/util');

module.exports = {
  setTimeout,
  clearTimeout,
  setImmediate,
  clearImmediate,
  setInterval,
  clearInterval,
  _unrefActive: deprecate((item) => timers.activate(item, false),
    'timers._unrefActive() is deprecated. Please use timeout.refresh() instead.', 'DEP0127'),
  active: deprecate((item) => timers.activate(item, true),
    'timers.active() is deprecated. Please use timeout.refresh() instead.', 'DEP0126'),
  unenroll: deprecate((item) => timers.unenroll(item),
    'timers.unenroll() is deprecated. Please use clearTimeout instead.', 'DEP0096'),
  enroll: deprecate((item, msecs) => timers.enroll(item, msecs),
    'timers.enroll() is deprecated. Please use setTimeout instead.', 'DEP0095'),
};
Object.defineProperty(module.exports, 'promises', {
  enumerable: true, configurable: true,
  get() { return require('timers/promises'); },
});
