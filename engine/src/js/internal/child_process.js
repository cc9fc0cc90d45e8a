// internal/child_process.js — child_process.fork as an instance: the parent's ChildProcess
// objects and the child's side of the channel (process.send, process.disconnect,
// process.connected). A child is another instance of the same process (engine/src/ipc.rs);
// messages are serialized here as Node's 'json' serialization does (one JSON text each), or
// by V8's serializer in the engine ('advanced'); everything that arrives comes through the
// engine's deliverIpc hook, on this instance's own loop, in the order it was posted.
'use strict';

const {
  ArrayIsArray, ArrayPrototypePush, ArrayPrototypeSlice, JSONParse, JSONStringify, ObjectKeys, SafeMap,
  StringPrototypeStartsWith,
} = primordials;
const EventEmitter = require('events');
const binding = internalBinding('child_process');
const native = internalBinding('native');
const { process } = require('internal/process/object');
const { info } = require('internal/process/info');
const { invalidArgType, invalidArgValue, makeNodeError, missingArgs } = require('internal/errors');
const { validateString } = require('internal/validators');

// The parent's children by pid, while they run.
const children = new SafeMap();
// Children that keep this instance's loop alive (running and not unref'd).
let refedChildren = 0;

const signalNumbers = native.constants().signals;

function channelClosed() {
  return makeNodeError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
}

// What send() checks and does, for both ends: `target` is the ChildProcess or process,
// `peer` the other end's id (0: the parent), `advanced` the channel's serialization.
function send(target, peer, advanced, message, handle, options, callback) {
  if (typeof handle === 'function') {
    callback = handle;
    handle = undefined;
    options = undefined;
  } else if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  if (message === undefined) throw missingArgs('message');
  if (typeof message !== 'string' && typeof message !== 'object' && typeof message !== 'number' && typeof message !== 'boolean') {
    throw invalidArgType('message', ['string', 'object', 'number', 'boolean'], message);
  }
  if (!target.connected) {
    const error = channelClosed();
    if (typeof callback === 'function') process.nextTick(callback, error);
    else process.nextTick(() => target.emit('error', error));
    return false;
  }
  // Node's 'json' serialization is what JSON.stringify makes of it (a BigInt throws here);
  // 'advanced' is V8's serializer (a function inside throws "could not be cloned").
  const sent = advanced ? binding.sendValue(peer, message) : binding.send(peer, JSONStringify(message));
  if (!sent) {
    const error = channelClosed();
    if (typeof callback === 'function') process.nextTick(callback, error);
    else process.nextTick(() => target.emit('error', error));
    return false;
  }
  if (typeof callback === 'function') process.nextTick(callback, null);
  return true;
}

// disconnect() at either end: connected is false at once, 'disconnect' on the next tick; a
// second call is ERR_IPC_DISCONNECTED, as an 'error' event.
function disconnect(target, peer) {
  if (!target.connected) {
    target.emit('error', makeNodeError(Error, 'ERR_IPC_DISCONNECTED', 'IPC channel is already disconnected'));
    return;
  }
  target.connected = false;
  binding.disconnect(peer);
  process.nextTick(() => target.emit('disconnect'));
}

// A stream of a piped child's stdout or stderr: 'data' (Buffers, or strings once an encoding
// is set) and, when the child has ended, 'end' then 'close'.
class ChildOutput extends EventEmitter {
  constructor() {
    super();
    this.readable = true;
    this._encoding = null;
  }

  setEncoding(encoding) {
    this._encoding = encoding;
    return this;
  }

  _push(bytes) {
    const chunk = require('buffer').Buffer.from(bytes);
    this.emit('data', this._encoding ? chunk.toString(this._encoding) : chunk);
  }

  _end() {
    this.readable = false;
    this.emit('end');
    this.emit('close');
  }
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this.spawnargs = [];
    this.pid = undefined;
    this.stdin = null;
    this.stdout = null;
    this.stderr = null;
    this.stdio = [null, null, null, null];
    this._refed = true;
    this._disconnectedHere = false;
    this._advanced = false;
  }

  send(message, handle, options, callback) {
    return send(this, this.pid, this._advanced, message, handle, options, callback);
  }

  disconnect() {
    if (this.connected) this._disconnectedHere = true;
    disconnect(this, this.pid);
  }

  kill(sig) {
    let signo;
    if (sig === undefined || sig === null) signo = signalNumbers.SIGTERM;
    else if (typeof sig === 'number' && sig === (sig | 0)) signo = sig;
    else if (typeof sig === 'string' && signalNumbers[sig] !== undefined) signo = signalNumbers[sig];
    else throw makeNodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', `Unknown signal: ${sig}`);
    if (this.exitCode !== null || this.signalCode !== null) return false;
    const delivered = binding.kill(this.pid, signo);
    if (delivered) this.killed = true;
    return delivered;
  }

  ref() {
    if (!this._refed && children.has(this.pid)) refedChildren++;
    this._refed = true;
  }

  unref() {
    if (this._refed && children.has(this.pid)) refedChildren--;
    this._refed = false;
  }

  [Symbol.for('nodejs.dispose')]() {
    if (!this.killed) this.kill();
  }
}

// child_process.fork(modulePath[, args][, options]).
function fork(modulePath, args, options) {
  validateString(modulePath, 'modulePath');
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !ArrayIsArray(args)) {
    options = args;
    args = [];
  } else if (!ArrayIsArray(args)) {
    throw invalidArgValue('args', args);
  }
  if (options == null) options = {};
  else if (typeof options !== 'object') throw invalidArgType('options', 'object', options);
  for (let i = 0; i < args.length; i++) {
    if (typeof args[i] !== 'string') throw invalidArgType(`args[${i}]`, 'string', args[i]);
  }
  const serialization = options.serialization === undefined ? 'json' : options.serialization;
  if (serialization !== 'json' && serialization !== 'advanced') {
    throw invalidArgValue('options.serialization', serialization, "must be one of: 'json', 'advanced'");
  }
  const execArgv = options.execArgv === undefined ? process.execArgv : options.execArgv;
  if (execArgv.length > 0) {
    process.emitWarning('bulkhead: execArgv is ignored: a forked instance shares the engine and flags of its parent',
      'ExecArgvWarning');
  }
  let pipe = options.silent === true;
  if (options.stdio !== undefined) pipe = options.stdio === 'pipe' || (ArrayIsArray(options.stdio) && options.stdio[1] === 'pipe');
  let env = null;
  if (options.env != null) {
    env = [];
    const keys = ObjectKeys(options.env);
    for (let i = 0; i < keys.length; i++) {
      const value = options.env[keys[i]];
      if (value !== undefined) ArrayPrototypePush(env, keys[i], `${value}`);
    }
  }
  const file = require('path').resolve(modulePath);
  let cwd;
  if (options.cwd != null) {
    validateString(options.cwd, 'options.cwd');
    cwd = require('path').resolve(options.cwd);
  }
  const advanced = serialization === 'advanced';
  const pid = binding.fork(file, ArrayPrototypeSlice(args), env, pipe, cwd, advanced);
  const child = new ChildProcess();
  child.pid = pid;
  child.connected = true;
  child._advanced = advanced;
  child.spawnfile = process.execPath;
  child.spawnargs = [process.execPath, file, ...args];
  child.channel = { ref() {}, unref() {} };
  if (pipe) {
    child.stdout = new ChildOutput();
    child.stderr = new ChildOutput();
    child.stdio = [null, child.stdout, child.stderr, null];
  }
  children.set(pid, child);
  refedChildren++;
  process.nextTick(() => child.emit('spawn'));
  return child;
}

// The child's end of the channel: installed when an instance starts as a forked child.
let parentChannel = false;
function setupChannel() {
  parentChannel = true;
  process.connected = true;
  process.channel = { ref() {}, unref() {} };
  const advanced = info.ipcSerialization === 'advanced';
  process.send = function send_(message, handle, options, callback) {
    return send(process, 0, advanced, message, handle, options, callback);
  };
  process.disconnect = function disconnect_() {
    disconnect(process, 0);
  };
}

// Whether this instance's loop is kept alive by its children (a parent) or by its channel
// (a child whose process has 'message' or 'disconnect' listeners, as Node refs the channel).
function hasRefedIpc() {
  if (refedChildren > 0) return true;
  return parentChannel && process.connected === true &&
    (process.listenerCount('message') > 0 || process.listenerCount('disconnect') > 0);
}

// What the engine delivers (engine/src/ipc.rs): a message, the other end's disconnect, a
// child's exit, a piped child's output.
function deliver(kind, id, value, signal) {
  if (kind === 'message' || kind === 'value') {
    const target = parentChannel && id === info.ppid ? process : children.get(id);
    if (target === undefined || target.connected !== true) return;
    // 'value': read by the engine's deserializer ('advanced'); 'message': a JSON text.
    const message = kind === 'value' ? value : JSONParse(value);
    // Node's own messages (cluster's) are 'internalMessage', never a script's 'message'.
    if (message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
        StringPrototypeStartsWith(message.cmd, 'NODE_')) {
      target.emit('internalMessage', message);
    } else {
      target.emit('message', message, undefined);
    }
    return;
  }
  if (kind === 'disconnect') {
    const target = parentChannel && id === info.ppid ? process : children.get(id);
    if (target === undefined || target.connected !== true) return;
    target.connected = false;
    process.nextTick(() => target.emit('disconnect'));
    return;
  }
  const child = children.get(id);
  if (child === undefined) return;
  if (kind === 'stdout' || kind === 'stderr') {
    if (child[kind] !== null) child[kind]._push(value);
    return;
  }
  // 'exit': the channel goes with the child, then 'exit', the pipes' ends, and 'close'
  // (which Node never emits once the parent disconnected: nodejs/node#19433).
  children.delete(id);
  if (child._refed) refedChildren--;
  child.exitCode = value;
  child.signalCode = signal;
  if (child.connected) {
    child.connected = false;
    child.emit('disconnect');
  }
  child.emit('exit', value, signal);
  if (child.stdout !== null) child.stdout._end();
  if (child.stderr !== null) child.stderr._end();
  if (!child._disconnectedHere) child.emit('close', value, signal);
}

module.exports = {
  ChildProcess,
  deliver,
  fork,
  hasRefedIpc,
  setupChannel,
};
