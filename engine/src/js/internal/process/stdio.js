// internal/process/stdio.js — process.stdout and process.stderr: writable streams onto the instance's captured output.
'use strict';

const { ArrayPrototypeFind } = primordials;
const native = internalBinding('native');
const EventEmitter = require('events');
const { invalidArgType } = require('internal/errors');
const { process } = require('internal/process/object');
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
    if (typeof cb === 'function') process.nextTick(cb);
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
process.stdout = makeStream(1);
process.stderr = makeStream(2);
process.stdin = new EventEmitter();
