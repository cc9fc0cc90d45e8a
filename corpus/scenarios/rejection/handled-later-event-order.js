/*---
description = "'rejectionHandled' comes after the ticks and microtasks of the callback that attached the handler; unheard, it is a warning"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "unhandled 1\nunhandled 2\ntick\ncaught p\nhandled later true\ncaught q\nwarning PromiseRejectionHandledWarning Promise rejection was handled asynchronously (rejection id: 2)\n"
---*/
// 'rejectionHandled' comes with the next batch of rejections, after the ticks and microtasks
// of the callback that attached the handler; without a listener it is a warning.
process.on('warning', (w) => console.log('warning', w.name, w.message));
process.on('unhandledRejection', (r) => console.log('unhandled', r));
const p = Promise.reject(1);
const q = Promise.reject(2);
setTimeout(() => {
  process.on('rejectionHandled', (h) => console.log('handled later', h === p));
  p.catch(() => console.log('caught p'));
  process.nextTick(() => console.log('tick'));
}, 5);
setTimeout(() => {
  process.removeAllListeners('rejectionHandled');
  q.catch(() => console.log('caught q'));
}, 10);
