// internal/child_process.js - child_process.fork as an instance: the parent's ChildProcess
// objects and the child's side of the channel (process.send, process.disconnect,
// process.connected). A child is another instance of the same process (engine/src/ipc.rs);
// messages are serialized here as Node's 'json' serialization does (one JSON text each), or
// by V8's serializer in the engine ('advanced'); everything that arrives comes through the
// engine's deliverIpc hook, on this instance's own loop, in the order it was posted.
'use strict';

const {
  ArrayIsArray, ArrayPrototypePush, ArrayPrototypeShift, ArrayPrototypeSlice, StringPrototypeToLowerCase, JSONParse, JSONStringify, ObjectKeys, SafeMap, SafeSet,
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
// Children whose handles are still open, in fork order: a child stays here until its handle
// has closed, a loop turn after its exit (what getActiveResourcesInfo lists).
const handles = new SafeSet();

// Marks `field` of `owner` false at the end of this loop turn: a handle closes as libuv closes
// one, so that it is still listed among active resources for the rest of the turn that
// closed it (its immediates included), and no longer in the next.
function closeSoon(owner, field, then) {
  require('internal/timers').closeAtTurnEnd(() => {
    owner[field] = false;
    if (then !== undefined) then();
  });
}

// Where a ChildProcess keeps its channel's handle once `child.channel` is null (closed).
const kChannel = Symbol('kChannel');

// A closed channel: `channel` is null from then on, as in Node; its handle stays listed for the
// rest of the turn.
function closeChannel(target) {
  (target === process ? ownChannel : target[kChannel])._close();
  target.channel = null;
}

// The IPC channel's handle as scripts see it (`child.channel` in the parent, `process.channel`
// in the child). Until ref() or unref() is called, the parent's end is referenced, and the
// child's end only while the process has 'message' or 'disconnect' listeners (Node's
// Control); an explicit call decides from then on. A referenced open channel keeps its
// instance's loop alive, which is why a parent lives on after child.unref() while the
// channel is open, as Node documents.
class Channel {
  constructor(childEnd) {
    this._childEnd = childEnd;
    this._explicit = undefined;
    this._open = true;
  }

  ref() { this._explicit = true; }

  unref() { this._explicit = false; }

  hasRef() {
    if (this._explicit !== undefined) return this._explicit;
    return !this._childEnd || process.listenerCount('message') > 0 || process.listenerCount('disconnect') > 0;
  }

  _close() {
    if (this._open === true) {
      this._open = 'closing';
      closeSoon(this, '_open');
    }
  }
}

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
  closeChannel(target);
  process.nextTick(() => target.emit('disconnect'));
}

// A stream of a piped child's stdout or stderr: 'data' (Buffers, or strings once an encoding
// is set, decoded as the child's stdin is: see stringDecoder) and, when the child has ended,
// 'end' then 'close'.
class ChildOutput extends EventEmitter {
  constructor() {
    super();
    this.readable = true;
    this._decoder = null;
    this._open = true;
  }

  setEncoding(encoding) {
    this._decoder = stringDecoder(encoding === undefined ? 'utf8' : encoding);
    return this;
  }

  _push(bytes) {
    const chunk = require('buffer').Buffer.from(bytes);
    this.emit('data', this._decoder === null ? chunk : this._decoder.write(chunk));
  }

  _end() {
    const rest = this._decoder === null ? '' : this._decoder.end();
    if (rest !== '') this.emit('data', rest);
    this.readable = false;
    this.emit('end');
    this.emit('close');
  }
}

// A piped child's stdin at the parent's end: what is written goes to the child's
// process.stdin, in order; end() closes it (its callback, 'finish', then 'close'), and so do
// destroy() and the child's exit. A write after end() is ERR_STREAM_WRITE_AFTER_END (to the
// write's callback, then as 'error'); after the close, ERR_STREAM_DESTROYED to the callback
// only, as Node does for a destroyed stream.
class ChildInput extends EventEmitter {
  constructor(pid) {
    super();
    this._pid = pid;
    this._ended = false;
    this._open = true;
    this.writable = true;
    this.destroyed = false;
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw invalidArgType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    let error;
    if (this._ended) error = makeNodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
    else if (this.destroyed) error = makeNodeError(Error, 'ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed');
    if (error !== undefined) {
      const destroyed = this.destroyed;
      // A stream that errored before it finished never emits 'finish'.
      if (this._errored === undefined) this._errored = error;
      process.nextTick(() => {
        if (typeof callback === 'function') callback(error);
        if (!destroyed) this.emit('error', error);
      });
      return false;
    }
    binding.writeStdin(this._pid, require('buffer').Buffer.from(chunk, encoding));
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (chunk != null) this.write(chunk, encoding);
    if (this._ended || this.destroyed) {
      if (typeof callback === 'function') process.nextTick(callback);
      return this;
    }
    this._ended = true;
    this.writable = false;
    binding.writeStdin(this._pid, null);
    process.nextTick(() => {
      const error = this._errored === undefined ? null : this._errored;
      if (typeof callback === 'function') callback(error);
      if (error === null) this.emit('finish');
      this._close();
    });
    return this;
  }

  destroy() {
    // The child reads the end of its stdin (but this end is destroyed, not ended: a later
    // write is ERR_STREAM_DESTROYED, as in Node).
    if (!this._ended && !this.destroyed) binding.writeStdin(this._pid, null);
    this._close();
    return this;
  }

  _close() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.writable = false;
    closeSoon(this, '_open');
    process.nextTick(() => this.emit('close'));
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
  // Output goes to child.stdout/stderr when stdio[1] is a pipe (both streams together), and
  // child.stdin exists when stdio[0] is one.
  const piped = (fd) => (options.stdio === undefined ? options.silent === true
    : options.stdio === 'pipe' || (ArrayIsArray(options.stdio) && options.stdio[fd] === 'pipe'));
  const pipe = piped(1);
  const pipeIn = piped(0);
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
  const pid = binding.fork(file, ArrayPrototypeSlice(args), env, pipe, cwd, advanced, pipeIn);
  const child = new ChildProcess();
  child.pid = pid;
  child.connected = true;
  child._advanced = advanced;
  child.spawnfile = process.execPath;
  child.spawnargs = [process.execPath, file, ...args];
  child[kChannel] = new Channel(false);
  child.channel = child[kChannel];
  child._handleOpen = true;
  if (pipeIn) child.stdin = new ChildInput(pid);
  if (pipe) {
    child.stdout = new ChildOutput();
    child.stderr = new ChildOutput();
  }
  child.stdio = [child.stdin, child.stdout, child.stderr, null];
  children.set(pid, child);
  handles.add(child);
  refedChildren++;
  process.nextTick(() => child.emit('spawn'));
  return child;
}

// The child's end of the channel: installed when an instance starts as a forked child.
let parentChannel = false;
let ownChannel = null;
function setupChannel() {
  parentChannel = true;
  process.connected = true;
  ownChannel = new Channel(true);
  process.channel = ownChannel;
  const advanced = info.ipcSerialization === 'advanced';
  process.send = function send_(message, handle, options, callback) {
    return send(process, 0, advanced, message, handle, options, callback);
  };
  process.disconnect = function disconnect_() {
    disconnect(process, 0);
  };
  if (info.pipedStdin) setupStdin();
}

// A piped child's process.stdin: what the parent writes to child.stdin, as 'data' (Buffers, or
// strings once an encoding is set) while it flows (from the first 'data' listener or
// resume() to a pause()), then 'end' and 'close' once the parent's end has closed and all was
// read. While it flows and has not ended, it keeps the loop alive.
const input = { piped: false, chunks: [], flowing: false, ended: false, done: false, decoder: null };
function setupStdin() {
  const stdin = process.stdin;
  input.piped = true;
  stdin.readable = true;
  stdin.setEncoding = function setEncoding(encoding) {
    input.decoder = stringDecoder(encoding === undefined ? 'utf8' : encoding);
    return this;
  };
  stdin.pause = function pause() {
    input.flowing = false;
    return this;
  };
  stdin.resume = function resume() {
    input.flowing = true;
    process.nextTick(flushStdin);
    return this;
  };
  stdin.isPaused = function isPaused() { return !input.flowing; };
  stdin.on('newListener', (event) => {
    if (event === 'data' && !input.flowing) stdin.resume();
  });
}

// What setEncoding decodes with, as Node's StringDecoder: a character cut between chunks is
// held (UTF-8, UTF-16LE), one left at the end becomes U+FFFD, a BOM is kept; other encodings
// of Buffer decode chunk by chunk.
function stringDecoder(encoding) {
  const { Buffer } = require('buffer');
  const name = StringPrototypeToLowerCase(`${encoding}`);
  if (!Buffer.isEncoding(name)) throw makeNodeError(TypeError, 'ERR_UNKNOWN_ENCODING', `Unknown encoding: ${encoding}`);
  const { TextDecoder } = require('internal/web/encoding');
  let text;
  if (name === 'utf8' || name === 'utf-8') text = new TextDecoder('utf-8', { ignoreBOM: true });
  else if (name === 'utf16le' || name === 'utf-16le' || name === 'ucs2' || name === 'ucs-2') text = new TextDecoder('utf-16le', { ignoreBOM: true });
  if (text !== undefined) {
    return { write: (chunk) => text.decode(chunk, { stream: true }), end: () => text.decode() };
  }
  return { write: (chunk) => chunk.toString(name), end: () => '' };
}

function flushStdin() {
  const stdin = process.stdin;
  while (input.flowing && input.chunks.length > 0) {
    const chunk = ArrayPrototypeShift(input.chunks);
    stdin.emit('data', input.decoder === null ? chunk : input.decoder.write(chunk));
  }
  if (input.flowing && input.ended && !input.done && input.chunks.length === 0) {
    input.done = true;
    const rest = input.decoder === null ? '' : input.decoder.end();
    if (rest !== '') stdin.emit('data', rest);
    stdin.readable = false;
    stdin.emit('end');
    process.nextTick(() => stdin.emit('close'));
  }
}

// Whether this instance's loop is kept alive by its children (a parent) or by a channel that
// is open and referenced (see Channel).
function hasRefedIpc() {
  if (refedChildren > 0) return true;
  for (const child of children.values()) {
    if (child.connected && child[kChannel].hasRef()) return true;
  }
  if (input.piped && input.flowing && !input.done) return true;
  return parentChannel && process.connected === true && ownChannel.hasRef();
}

// What process.getActiveResourcesInfo() lists of IPC, as Node names its handles: the child's
// end of its channel; then, for each child in fork order, its channel, its stdio pipes
// ('PipeWrap') and the child itself ('ProcessWrap'), each while open and referenced.
function activeResources() {
  const names = [];
  if (parentChannel && ownChannel._open && ownChannel.hasRef()) ArrayPrototypePush(names, 'PipeWrap');
  for (const child of handles) {
    if (child[kChannel]._open && child[kChannel].hasRef()) ArrayPrototypePush(names, 'PipeWrap');
    if (child.stdin !== null && child.stdin._open) ArrayPrototypePush(names, 'PipeWrap');
    if (child.stdout !== null && child.stdout._open) ArrayPrototypePush(names, 'PipeWrap');
    if (child.stderr !== null && child.stderr._open) ArrayPrototypePush(names, 'PipeWrap');
    if (child._handleOpen && child._refed) ArrayPrototypePush(names, 'ProcessWrap');
  }
  return names;
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
    closeChannel(target);
    process.nextTick(() => target.emit('disconnect'));
    return;
  }
  if (kind === 'stdin') {
    if (value === null) input.ended = true;
    else ArrayPrototypePush(input.chunks, require('buffer').Buffer.from(value));
    flushStdin();
    return;
  }
  const child = children.get(id);
  if (child === undefined) return;
  if (kind === 'stdout' || kind === 'stderr') {
    if (child[kind] !== null) child[kind]._push(value);
    return;
  }
  // 'exit': the channel goes with the child, then 'exit', the pipes' ends, and 'close'
  // (which Node never emits once the parent disconnected: nodejs/node#19433). The output
  // pipes have seen their end of file by then; the child's handle closes a turn later.
  children.delete(id);
  if (child._refed) refedChildren--;
  child.exitCode = value;
  child.signalCode = signal;
  if (child.stdin !== null) child.stdin._close();
  if (child.stdout !== null) child.stdout._open = false;
  if (child.stderr !== null) child.stderr._open = false;
  closeSoon(child, '_handleOpen', () => handles.delete(child));
  child[kChannel]._open = false;
  child.channel = null;
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
  activeResources,
  deliver,
  fork,
  hasRefedIpc,
  setupChannel,
};
