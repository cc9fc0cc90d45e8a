// internal/process/info.js - what differs between two instances of one heap: the boot info
// (pid, argv, exec path, cwd, clock bases, ids, the planted leak if any) the engine hands
// over when the runtime boots and again when each instance starts from a snapshot of it.
// Modules read `info` at the moment they need a value, never at load time.
'use strict';

const { ArrayPrototypeSlice, ObjectAssign } = primordials;
const { process } = require('internal/process/object');

const info = { __proto__: null };

function setInfo(next) {
  ObjectAssign(info, next);
  process.argv = ArrayPrototypeSlice(info.argv);
  process.execPath = info.execPath;
  process.pid = info.pid;
  process.ppid = info.ppid;
}

module.exports = {
  info,
  setInfo,
};
