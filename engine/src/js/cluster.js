// cluster.js - `require('cluster')`: the primary's side in an instance started normally, the
// worker's in one cluster.fork started (NODE_UNIQUE_ID in its env at start), as Node decides.
'use strict';

const { loadedWorker } = require('internal/cluster/setup');

module.exports = loadedWorker() ? require('internal/cluster/child') : require('internal/cluster/primary');
