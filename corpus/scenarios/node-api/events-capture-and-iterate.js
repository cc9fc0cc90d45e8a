/*---
description = "EventEmitter captureRejections (option, static default, rejection symbol), events.on as an async iterator (close events, errors, abort), addAbortListener, EventTarget inspection"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "true false false symbol\nEventTarget {} Foo {}\nerror event: boom 1\nrejection symbol: bad y [ 'a', 'b' ]\ndefault capture: from default\ndata [ 1, 2 ]\ndata [ 3 ]\niteration closed 0 0\ncaught it failed 0\naborted AbortError ABORT_ERR\nfunction\nabort listener ran\nERR_INVALID_ARG_TYPE The \"signal\" argument must be an instance of AbortSignal. Received an instance of Object\ndone\n"
---*/
const events = require('events');
const { EventEmitter, on, addAbortListener } = events;
const util = require('util');
// captureRejections: a listener's rejection becomes 'error' (or the rejection symbol's method)
const e = new EventEmitter({ captureRejections: true });
e.on('x', async (v) => { throw new Error('boom ' + v); });
e.on('error', (err) => console.log('error event:', err.message));
e.emit('x', 1);
const f = new EventEmitter({ captureRejections: true });
f[EventEmitter.captureRejectionSymbol] = (err, type, ...args) => console.log('rejection symbol:', err.message, type, args);
f.on('y', async () => { throw new Error('bad'); });
f.emit('y', 'a', 'b');
const plain = new EventEmitter();
plain.on('z', async () => 1);
console.log(plain.emit('z'), EventEmitter.captureRejections, EventEmitter.usingDomains, typeof EventEmitter.captureRejectionSymbol);
EventEmitter.captureRejections = true;
const g = new EventEmitter();
g.on('w', () => Promise.reject(new Error('from default')));
g.on('error', (err) => console.log('default capture:', err.message));
g.emit('w');
EventEmitter.captureRejections = false;
console.log(util.inspect(new EventTarget()), util.inspect(new (class Foo extends EventTarget {})()));
// events.on
(async () => {
  const src = new EventEmitter();
  setImmediate(() => { src.emit('data', 1, 2); src.emit('data', 3); src.emit('end'); });
  for await (const args of on(src, 'data', { close: ['end'] })) console.log('data', args);
  console.log('iteration closed', src.listenerCount('data'), src.listenerCount('error'));
  const bad = new EventEmitter();
  setImmediate(() => bad.emit('error', new Error('it failed')));
  try {
    for await (const args of on(bad, 'data')) console.log('never', args);
  } catch (err) { console.log('caught', err.message, bad.listenerCount('data')); }
  const ac = new AbortController();
  const it = on(new EventEmitter(), 'foo', { signal: ac.signal });
  setImmediate(() => ac.abort());
  try { await it.next(); } catch (err) { console.log('aborted', err.name, err.code); }
  const ac2 = new AbortController();
  const disposable = addAbortListener(ac2.signal, () => console.log('abort listener ran'));
  console.log(typeof disposable[Symbol.dispose]);
  ac2.abort();
  const ac3 = new AbortController();
  addAbortListener(ac3.signal, () => console.log('never'))[Symbol.dispose]();
  ac3.abort();
  try { addAbortListener({}, () => {}); } catch (err) { console.log(err.code, err.message); }
  console.log('done');
})();
