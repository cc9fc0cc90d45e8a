/*---
description = "a script that replaces the global timer functions changes its own behaviour, not the runtime's: ticks, rejections, signals, timers, uncaught exceptions and the exit code work as before"
node = true
[expect]
exit_code = 3
cause = "drained"
stdout = "format a=42\nconsole string 7\nwarning Warning careful\ntick arg\nmicrotask\ncaught handled later\nunhandled nobody\nimmediate\nsignal\ninterval\npromise timer value\nuncaught from a timer\nexit code set\nbeforeExit\nexit 3 3\n"
---*/
globalThis.setTimeout = function setTimeout() { throw new Error('patched setTimeout'); };
globalThis.setImmediate = function setImmediate() { throw new Error('patched setImmediate'); };
globalThis.setInterval = function setInterval() { throw new Error('patched setInterval'); };
globalThis.clearTimeout = function clearTimeout() { throw new Error('patched clearTimeout'); };
const { setTimeout, setImmediate, setInterval, clearTimeout } = require('timers');
// Everything runs in one deterministic chain: ticks, microtasks, a rejection handled late and
// one never handled, an immediate that signals the instance itself, then timers one after
// another, an uncaught exception handled by a listener, and an exit code.
const say = (line) => process.stdout.write(line + '\n');
process.on('exit', (code) => say(`exit ${code} ${process.exitCode}`));
process.on('beforeExit', () => say('beforeExit'));
process.on('warning', (w) => say(`warning ${w.name} ${w.message}`));
process.on('unhandledRejection', (reason) => say(`unhandled ${reason}`));
process.on('uncaughtException', (err) => {
  say(`uncaught ${err.message}`);
  setTimeout(() => { process.exitCode = 3; say('exit code set'); }, 1);
});
// A signal's watcher does not keep the loop alive (as in Node): this timer does, until then.
const keepAlive = setTimeout(() => say('never'), 60000);
process.on('SIGUSR2', () => {
  say('signal');
  clearTimeout(keepAlive);
  const t = setInterval(() => {
    say('interval');
    clearInterval(t);
    require('timers/promises').setTimeout(1, 'value').then((v) => {
      say(`promise timer ${v}`);
      setTimeout(() => { throw new Error('from a timer'); }, 1);
    });
  }, 1);
});
process.emitWarning('careful');
process.nextTick((v) => say(`tick ${v}`), 'arg');
queueMicrotask(() => say('microtask'));
Promise.reject(new Error('handled later')).catch((err) => say(`caught ${err.message}`));
Promise.reject('nobody');
setImmediate(() => { say('immediate'); process.kill(process.pid, 'SIGUSR2'); });
say(`format ${require('util').format('%s=%d', 'a', 42)}`);
console.log('console string', 7);
