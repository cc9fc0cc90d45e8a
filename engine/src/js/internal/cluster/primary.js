// internal/cluster/primary.js - `require('cluster')` in an instance that is not a worker:
// cluster.fork starts a worker instance (child_process.fork of the main script, with
// NODE_UNIQUE_ID in its env) and follows it through Node's events: 'fork', 'online',
// 'message', 'disconnect', 'exit', with exitedAfterDisconnect decided as Node decides it.
// There are no server sockets, so no 'listening' and no scheduling.
'use strict';

const { ObjectKeys, ObjectValues } = primordials;
const EventEmitter = require('events');
const { fork } = require('internal/child_process');
const { process } = require('internal/process/object');
const { Worker, internalMessage } = require('internal/cluster/worker');

const cluster = new EventEmitter();
// Told when the last worker is gone (cluster.disconnect's callback).
const intercom = new EventEmitter();
let ids = 0;
let initialized = false;

cluster.isWorker = false;
cluster.isMaster = true;
cluster.isPrimary = true;
cluster.Worker = Worker;
cluster.workers = {};
cluster.settings = {};
cluster.SCHED_NONE = 1;
cluster.SCHED_RR = 2;
cluster.schedulingPolicy = cluster.SCHED_RR;

cluster.setupPrimary = function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (initialized) {
    process.nextTick(() => cluster.emit('setup', settings));
    return;
  }
  initialized = true;
  process.nextTick(() => cluster.emit('setup', settings));
};
cluster.setupMaster = cluster.setupPrimary;

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  if (ObjectKeys(cluster.workers).length === 0) intercom.emit('disconnect');
}

cluster.fork = function clusterFork(env) {
  cluster.setupPrimary();
  const id = ++ids;
  const settings = cluster.settings;
  const workerProcess = fork(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: { ...process.env, ...env, NODE_UNIQUE_ID: `${id}` },
    execArgv: settings.execArgv,
    serialization: settings.serialization,
    silent: settings.silent,
    stdio: settings.stdio,
  });
  const worker = new Worker({ id, process: workerProcess });
  worker.on('message', function onMessage(message, handle) {
    cluster.emit('message', this, message, handle);
  });
  workerProcess.once('exit', (exitCode, signalCode) => {
    // Kept in cluster.workers until it has disconnected too.
    if (!worker.isConnected()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    worker.emit('exit', exitCode, signalCode);
    cluster.emit('exit', worker, exitCode, signalCode);
  });
  workerProcess.once('disconnect', () => {
    if (worker.isDead()) removeWorker(worker);
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  workerProcess.on('internalMessage', (message) => {
    if (message.act === 'online') {
      worker.state = 'online';
      worker.emit('online');
      cluster.emit('online', worker);
    } else if (message.act === 'exitedAfterDisconnect') {
      worker.exitedAfterDisconnect = true;
    }
  });
  process.nextTick(() => cluster.emit('fork', worker));
  cluster.workers[worker.id] = worker;
  return worker;
};

cluster.disconnect = function disconnect(cb) {
  const workers = ObjectValues(cluster.workers);
  if (workers.length === 0) {
    process.nextTick(() => intercom.emit('disconnect'));
  } else {
    for (const worker of workers) {
      if (worker.isConnected()) worker.disconnect();
    }
  }
  if (typeof cb === 'function') intercom.once('disconnect', cb);
};

// The primary's side of a worker: disconnect asks the worker to close its channel (it exits
// once nothing keeps it alive); kill only sends the signal, as in Node 20 (nodejs/node#34312).
Worker.prototype.disconnect = function disconnect() {
  this.exitedAfterDisconnect = true;
  if (this.process.connected) this.process.send(internalMessage({ act: 'disconnect' }));
  removeWorker(this);
  return this;
};

Worker.prototype.destroy = function destroy(signo) {
  this.process.kill(signo || 'SIGTERM');
};

module.exports = cluster;
