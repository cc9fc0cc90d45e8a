// internal/cluster/child.js - `require('cluster')` in a worker: cluster.worker wraps
// `process`; the worker tells the primary it is online, closes its channel when asked (or
// when it disconnects itself), and exits 0 at once when the channel closes unexpectedly.
'use strict';

const EventEmitter = require('events');
const { process } = require('internal/process/object');
const { Worker, internalMessage } = require('internal/cluster/worker');

const cluster = new EventEmitter();
cluster.isWorker = true;
cluster.isMaster = false;
cluster.isPrimary = false;
cluster.worker = null;
cluster.Worker = Worker;

function send(message, callback) {
  return process.send(internalMessage(message), callback);
}

// Closes the channel; a disconnect the worker started first tells the primary, so that its
// exitedAfterDisconnect is true.
function closeChannel(worker, primaryInitiated) {
  worker.exitedAfterDisconnect = true;
  if (primaryInitiated) process.disconnect();
  else send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
}

// Called once, before the worker's main script runs.
cluster._setupWorker = function setupWorker() {
  const worker = new Worker({ id: +process.env.NODE_UNIQUE_ID | 0, process, state: 'online' });
  cluster.worker = worker;
  process.once('disconnect', () => {
    worker.emit('disconnect');
    // The primary is gone, or closed the channel without asking: exit at once.
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  process.on('internalMessage', (message) => {
    if (message.act === 'disconnect') closeChannel(worker, true);
  });
  send({ act: 'online' });
};

Worker.prototype.disconnect = function disconnect() {
  if (this.state !== 'disconnecting' && this.state !== 'destroying') {
    this.state = 'disconnecting';
    closeChannel(this, false);
  }
  return this;
};

Worker.prototype.destroy = function destroy() {
  if (this.state === 'destroying') return;
  this.exitedAfterDisconnect = true;
  if (!this.isConnected()) {
    process.exit(0);
  } else {
    this.state = 'destroying';
    send({ act: 'exitedAfterDisconnect' }, () => process.disconnect());
    process.once('disconnect', () => process.exit(0));
  }
};

module.exports = cluster;
