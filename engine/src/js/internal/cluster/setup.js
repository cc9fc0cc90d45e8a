// internal/cluster/setup.js - whether this instance is a cluster worker: decided once, as it
// starts, from NODE_UNIQUE_ID in the env its primary gave it (then removed from process.env,
// as Node removes it), before its main script runs.
'use strict';

const { process } = require('internal/process/object');

let worker = false;

function setupClusterWorker() {
  if (process.env.NODE_UNIQUE_ID === undefined) return;
  worker = true;
  require('internal/cluster/child')._setupWorker();
  delete process.env.NODE_UNIQUE_ID;
}

module.exports = {
  loadedWorker() { return worker; },
  setupClusterWorker,
};
