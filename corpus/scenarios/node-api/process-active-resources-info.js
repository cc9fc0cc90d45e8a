/*---
description = "process.getActiveResourcesInfo(): one 'Timeout' per ref'd timer, one 'Immediate' per ref'd immediate, unref'd/cleared ones dropped; a running immediate no longer counts, a running timeout still does (printed at exit: stdout writes would add PipeWrap/TTYWrap)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "start []\nsetTimeout [\"Timeout\"]\nsetImmediate [\"Timeout\",\"Immediate\"]\nmore [\"Timeout\",\"Timeout\",\"Timeout\",\"Immediate\",\"Immediate\"]\nt2.unref [\"Timeout\",\"Timeout\",\"Immediate\",\"Immediate\"]\nt2.ref [\"Timeout\",\"Timeout\",\"Timeout\",\"Immediate\",\"Immediate\"]\nclearTimeout [\"Timeout\",\"Timeout\",\"Immediate\",\"Immediate\"]\nall cleared []\nunref immediate []\nAbortSignal.timeout []\ntwo immediates [\"Immediate\",\"Immediate\"]\nnextTick [\"Immediate\",\"Immediate\"]\nin immediate A [\"Immediate\"]\nafter setTimeout in A [\"Timeout\",\"Immediate\"]\nin immediate B [\"Timeout\"]\nin timeout [\"Timeout\"]\n"
---*/
const out = [];
const snap = (label) => out.push(label + ' ' + JSON.stringify(process.getActiveResourcesInfo()));
snap('start');
const t = setTimeout(() => {}, 1000);
snap('setTimeout');
const i = setImmediate(() => {});
snap('setImmediate');
const t2 = setTimeout(() => {}, 1000);
const iv = setInterval(() => {}, 1000);
const i3 = setImmediate(() => {});
snap('more');
t2.unref();
snap('t2.unref');
t2.ref();
snap('t2.ref');
clearTimeout(t);
snap('clearTimeout');
clearImmediate(i);
clearImmediate(i3);
clearInterval(iv);
clearTimeout(t2);
snap('all cleared');
const i2 = setImmediate(() => {});
i2.unref();
snap('unref immediate');
clearImmediate(i2);
AbortSignal.timeout(1000);
snap('AbortSignal.timeout');
Promise.resolve();
process.nextTick(() => snap('nextTick'));
setImmediate(() => {
  snap('in immediate A');
  setTimeout(() => snap('in timeout'), 1);
  snap('after setTimeout in A');
});
setImmediate(() => snap('in immediate B'));
snap('two immediates');
process.on('exit', () => console.log(out.join('\n')));
