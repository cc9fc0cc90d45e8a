// internal/process/stdio.js - process.stdout and process.stderr: writable streams onto the instance's captured output.
'use strict';

const { ArrayPrototypeFind, ObjectDefineProperty } = primordials;
const native = internalBinding('native');
const EventEmitter = require('events');
const { invalidArgType } = require('internal/errors');
const { process } = require('internal/process/object');
// The callback the console gives each write: it has nothing to do on success, and these
// streams never fail, so the write does not schedule it.
function consoleWriteDone() {}
function makeStream(fd) {
  const stream = new EventEmitter();
  stream.fd = fd;
  stream.writable = true;
  stream.write = function write(chunk, encoding, cb) {
    if (typeof encoding === 'function') cb = encoding;
    if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
      throw invalidArgType('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk);
    }
    native.write(fd, typeof chunk === 'string' ? chunk : new (require('internal/web/encoding').TextDecoder)().decode(chunk));
    if (typeof cb === 'function' && cb !== consoleWriteDone) process.nextTick(cb);
    return true;
  };
  stream.end = function end(chunk, encoding, cb) {
    if (chunk != null && typeof chunk !== 'function') stream.write(chunk, encoding);
    const done = ArrayPrototypeFind([chunk, encoding, cb], (x) => typeof x === 'function');
    if (done) process.nextTick(done);
    return stream;
  };
  return stream;
}
// Getters without setters, as Node defines them.
const stdout = makeStream(1);
const stderr = makeStream(2);
const stdin = new EventEmitter();
const defineGetter = (name, get) => ObjectDefineProperty(process, name, { __proto__: null, get, set: undefined, enumerable: true, configurable: true });
defineGetter('stdout', function getStdout() { return stdout; });
defineGetter('stderr', function getStderr() { return stderr; });
defineGetter('stdin', function getStdin() { return stdin; });

module.exports = {
  consoleWriteDone,
};
