// child_process.js - `require('child_process')`: fork starts a child instance in the same
// process (internal/child_process); bulkhead has no processes, so everything that would
// start one throws saying so.
'use strict';

const { makeNodeError } = require('internal/errors');
const { ChildProcess, fork } = require('internal/child_process');

function noProcesses(name) {
  return function unavailable() {
    throw makeNodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
      `bulkhead has no processes: child_process.${name}() cannot start one (only fork() is there, and it starts an instance)`);
  };
}

module.exports = {
  ChildProcess,
  _forkChild: noProcesses('_forkChild'),
  exec: noProcesses('exec'),
  execFile: noProcesses('execFile'),
  execFileSync: noProcesses('execFileSync'),
  execSync: noProcesses('execSync'),
  fork,
  spawn: noProcesses('spawn'),
  spawnSync: noProcesses('spawnSync'),
};
