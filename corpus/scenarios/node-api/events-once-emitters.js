/*---
description = "events.once as Node 20 has it: an async function, options.signal validated first and an aborted one winning, duck-typed emitters (on/once, else addEventListener), a null emitter failing on its property read"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "TypeError undefined Cannot read properties of null (reading 'on')\nTypeError undefined Cannot read properties of undefined (reading 'on')\nTypeError ERR_INVALID_ARG_TYPE The \"emitter\" argument must be an instance of EventEmitter. Received an instance of Object\nok [ 1, 2 ]\nTypeError ERR_INVALID_ARG_TYPE The \"options.signal\" property must be an instance of AbortSignal. Received type number (1)\nAbortError ABORT_ERR The operation was aborted\nAbortError ABORT_ERR The operation was aborted\nTypeError ERR_INVALID_ARG_TYPE The \"emitter\" argument must be an instance of EventEmitter. Received type number (5)\ntrue 2\n"
---*/
const { once, EventEmitter } = require('events');
(async () => {
  const duck = { on() {}, once(n, f) { if (n === 'x') setTimeout(() => f(1, 2)); }, removeListener() {} };
  for (const [e, o] of [[null, {}], [undefined, {}], [{}, {}], [duck, {}], [new EventEmitter(), { signal: 1 }], [null, { signal: AbortSignal.abort() }], [new EventTarget(), { signal: AbortSignal.abort() }], [5, {}]]) {
    try { console.log('ok', await once(e, 'x', o)); } catch (err) { console.log(err.name, err.code, err.message); }
  }
  const p = once(null, 'x');
  console.log(p instanceof Promise, once.length);
  p.catch(() => {});
})();
