/*---
description = "EventEmitter as Node lays it out and orders it: _events/_eventsCount, once wrappers, 'error' without a listener, events.once, the max-listeners warning"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "error listener boom\nonce 1 2 true\ntrue false 0 [ 'error' ]\nthrown unhandled undefined undefined\nthrown Unhandled error. ('str') ERR_UNHANDLED_ERROR str\nthrown Unhandled error. (undefined) ERR_UNHANDLED_ERROR undefined\nnewListener removeListener\nnewListener y\nnewListener y\nremoveListener y\nnewListener many\nnewListener many\nnewListener many\nnewListener many\nnewListener many\nnewListener many\nnewListener many\nnewListener many\nnewListener many\nnewListener many\nnewListener many\nnewListener later\nnewListener error\nwarning MaxListenersExceededWarning 11 many\nremoveListener later\nremoveListener error\nawaited [ 7, 8 ]\nremoveListener many\nremoveListener many\nremoveListener many\nremoveListener many\nremoveListener many\nremoveListener many\nremoveListener many\nremoveListener many\nremoveListener many\nremoveListener many\nremoveListener many\nEventEmitter {\n  _events: [Object: null prototype] {\n    error: [Function (anonymous)],\n    newListener: [Function (anonymous)],\n    removeListener: [Function (anonymous)],\n    y: [Function (anonymous)]\n  },\n  _eventsCount: 4,\n  _maxListeners: undefined,\n  [Symbol(shapeMode)]: false,\n  [Symbol(kCapture)]: false\n}\n"
---*/
// EventEmitter as Node lays it out and orders it: _events/_eventsCount, once wrappers,
// 'error' without a listener, events.once, the max-listeners warning.
const EventEmitter = require('events');
process.on('warning', (w) => console.log('warning', w.name, w.count, w.type));
const e = new EventEmitter();
e.on('error', (err) => console.log('error listener', err.message));
e.emit('error', new Error('boom'));
e.once('x', function (a, b) { console.log('once', a, b, this === e); });
console.log(e.emit('x', 1, 2), e.emit('x'), e.listenerCount('x'), e.eventNames());
const bare = new EventEmitter();
for (const v of [new Error('unhandled'), 'str', undefined]) {
  try { bare.emit('error', v); } catch (x) { console.log('thrown', x.message, x.code, x.context); }
}
e.on('newListener', (type) => console.log('newListener', type));
e.on('removeListener', (type) => console.log('removeListener', type));
const f = () => {};
e.prependListener('y', f).on('y', () => {}).off('y', f);
for (let i = 0; i < 11; i++) e.on('many', () => {});
(async () => {
  setTimeout(() => e.emit('later', 7, 8), 1);
  console.log('awaited', await EventEmitter.once(e, 'later'));
  e.removeAllListeners('many');
  console.log(e);
})();
