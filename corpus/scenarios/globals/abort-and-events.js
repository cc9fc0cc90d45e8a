/*---
description = "AbortController/AbortSignal, EventTarget, Event and CustomEvent as Node has them, and the signal option of timers/promises and events.once"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "AbortController { signal: AbortSignal { aborted: false } } AbortSignal { aborted: false } false undefined\nabort event abort true true true\nonabort\ntrue true AbortError This operation was aborted 20\nthrown AbortError\nwhy\ntrue AbortError\ngot x undefined false\ntrue\nfalse true\ngot c 42 false\ntrue\nz false false false number 0 null\nTypeError ERR_INVALID_ARG_TYPE\nfunction\nonce aborted AbortError ABORT_ERR\nsleep aborted AbortError ABORT_ERR The operation was aborted true\ntimeout fired TimeoutError The operation was aborted due to timeout\n"
---*/
// AbortController/AbortSignal, EventTarget, Event and CustomEvent as Node has them, and the
// signal option of timers/promises and events.once (Node's AbortError, cause = the reason).
const ac = new AbortController();
console.log(ac, ac.signal, ac.signal.aborted, ac.signal.reason);
ac.signal.addEventListener('abort', (e) => console.log('abort event', e.type, e instanceof Event, e.target === ac.signal, e.isTrusted), { once: true });
ac.signal.onabort = () => console.log('onabort');
ac.abort();
console.log(ac.signal.aborted, ac.signal.reason instanceof DOMException, ac.signal.reason.name, ac.signal.reason.message, ac.signal.reason.code);
ac.abort('again');
try { ac.signal.throwIfAborted(); } catch (e) { console.log('thrown', e.name); }
const ac2 = new AbortController(); ac2.abort('why'); console.log(ac2.signal.reason);
const s = AbortSignal.abort(); console.log(s.aborted, s.reason.name);
const t = AbortSignal.timeout(5);
const keep = setTimeout(() => console.log('never: the timeout signal fires first'), 500);
t.addEventListener('abort', () => { console.log('timeout fired', t.reason.name, t.reason.message); clearTimeout(keep); });
const lonely = AbortSignal.timeout(60000); // unref'd: it does not keep the loop alive
lonely.addEventListener('abort', () => console.log('never'));
const et = new EventTarget();
const h = (e) => console.log('got', e.type, e.detail, e.defaultPrevented);
et.addEventListener('x', h); et.addEventListener('x', h);
console.log(et.dispatchEvent(new Event('x', { cancelable: true })));
et.addEventListener('y', (e) => e.preventDefault());
console.log(et.dispatchEvent(new Event('y', { cancelable: true })), et.dispatchEvent(new Event('y')));
const ce = new CustomEvent('c', { detail: 42 }); et.addEventListener('c', h); et.dispatchEvent(ce);
et.removeEventListener('x', h); console.log(et.dispatchEvent(new Event('x')));
const ev = new Event('z'); console.log(ev.type, ev.bubbles, ev.cancelable, ev.composed, typeof ev.timeStamp, ev.eventPhase, ev.target);
const { setTimeout: sleep } = require('timers/promises');
const ac3 = new AbortController();
sleep(1000, 'v', { signal: ac3.signal }).catch((e) => console.log('sleep aborted', e.name, e.code, e.message, e.cause === ac3.signal.reason));
ac3.abort();
const ac4 = new AbortController();
require('events').once(et, 'never', { signal: ac4.signal }).catch((e) => console.log('once aborted', e.name, e.code));
ac4.abort();
try { et.addEventListener('q', 'notfn'); console.log('no throw'); } catch (e) { console.log(e.name, e.code); }
console.log(typeof AbortSignal.any);
