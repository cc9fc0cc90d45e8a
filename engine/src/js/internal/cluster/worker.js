// internal/cluster/worker.js - cluster's Worker, the same class on both sides: in the primary
// it wraps the forked ChildProcess, in a worker it wraps `process`. What differs (disconnect,
// kill) each side adds.
'use strict';

const { ReflectApply } = primordials;
const EventEmitter = require('events');

class Worker extends EventEmitter {
  constructor(options) {
    super();
    if (options === null || typeof options !== 'object') options = {};
    this.exitedAfterDisconnect = undefined;
    this.state = options.state || 'none';
    this.id = options.id | 0;
    if (options.process) {
      this.process = options.process;
      this.process.on('error', (code, signal) => this.emit('error', code, signal));
      this.process.on('message', (message, handle) => this.emit('message', message, handle));
    }
  }

  kill(...args) {
    return ReflectApply(this.destroy, this, args);
  }

  send(...args) {
    return ReflectApply(this.process.send, this.process, args);
  }

  isDead() {
    return this.process.exitCode != null || this.process.signalCode != null;
  }

  isConnected() {
    return this.process.connected;
  }
}

// What cluster sends over the channel: an internal message, which the other end emits as
// 'internalMessage' rather than 'message'.
function internalMessage(message) {
  return { cmd: 'NODE_CLUSTER', ...message };
}

module.exports = { Worker, internalMessage };
