/*---
description = "events.getEventListeners / getMaxListeners / setMaxListeners(n, ...targets) on EventEmitter and EventTarget"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "function function function\n2 true true 0\n3 true true true 0\nTypeError ERR_INVALID_ARG_TYPE The \"emitter\" argument must be an instance of EventEmitter or EventTarget. Received an instance of Object\n2 2 1\n5 5 5\nTypeError ERR_INVALID_ARG_TYPE The \"eventTargets\" argument must be an instance of EventEmitter or EventTarget. Received an instance of Object\nRangeError ERR_OUT_OF_RANGE The value of \"setMaxListeners\" is out of range. It must be >= 0. Received -1\nTypeError ERR_INVALID_ARG_TYPE The \"setMaxListeners\" argument must be of type number. Received type string ('a')\n3 0\nend\nwarning MaxListenersExceededWarning Possible EventTarget memory leak detected. 2 z listeners added to EventTarget. MaxListeners is 1. Use events.setMaxListeners() to increase limit\n"
---*/
process.on('warning', (w) => console.log('warning', w.name, w.message));
const events = require('events');
const { EventEmitter, getEventListeners, setMaxListeners, getMaxListeners } = events;
console.log(typeof getEventListeners, typeof setMaxListeners, typeof getMaxListeners);
const e = new EventEmitter();
function f1() {}
function f2() {}
e.on('x', f1);
e.once('x', f2);
const l = getEventListeners(e, 'x');
console.log(l.length, l[0] === f1, l[1] === f2, getEventListeners(e, 'nope').length);
const t = new EventTarget();
function h1() {}
const h2 = { handleEvent() {} };
t.addEventListener('foo', h1);
t.addEventListener('foo', h2);
t.addEventListener('foo', h1);
t.addEventListener('foo', h1, { capture: true });
const tl = getEventListeners(t, 'foo');
console.log(tl.length, tl[0] === h1, tl[1] === h2, tl[2] === h1, getEventListeners(t, 'bar').length);
try { getEventListeners({}, 'x'); } catch (err) { console.log(err.name, err.code, err.message); }
setMaxListeners(1, t);
t.addEventListener('z', () => {});
t.addEventListener('z', () => {});
t.addEventListener('z', () => {});
setMaxListeners(2, e);
console.log(e.getMaxListeners(), getMaxListeners(e), getMaxListeners(t));
setMaxListeners(5);
console.log(EventEmitter.defaultMaxListeners, new EventEmitter().getMaxListeners(), getMaxListeners(new EventTarget()));
setMaxListeners(10);
try { setMaxListeners(1, {}); } catch (err) { console.log(err.name, err.code, err.message); }
try { setMaxListeners(-1, t); } catch (err) { console.log(err.name, err.code, err.message); }
try { setMaxListeners('a'); } catch (err) { console.log(err.name, err.code, err.message); }
const ac = new AbortController();
setMaxListeners(3, ac.signal);
console.log(getMaxListeners(ac.signal), getEventListeners(ac.signal, 'abort').length);
console.log('end');
