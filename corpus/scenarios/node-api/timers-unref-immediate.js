/*---
description = "an unref'd setImmediate does not keep the loop alive and never fires alone; it fires once something ref'd keeps the loop running (here a ref'd immediate from beforeExit)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "true false\ntrue\nmain done\ntick\nmicrotask\nbeforeExit\nunref immediate A fired\nref immediate B fired\nbeforeExit\nexit 0\n"
---*/
const log = (m) => console.log(m);
const a = setImmediate(() => log('unref immediate A fired'));
console.log(a.unref() === a, a.hasRef());
const r = setImmediate(() => log('never: re-ref then cleared'));
r.unref(); r.ref(); console.log(r.hasRef()); clearImmediate(r);
process.nextTick(() => log('tick'));
Promise.resolve().then(() => log('microtask'));
let once = false;
process.on('beforeExit', () => {
  log('beforeExit');
  if (!once) { once = true; setImmediate(() => log('ref immediate B fired')); }
});
process.on('exit', (c) => log('exit ' + c));
log('main done');
