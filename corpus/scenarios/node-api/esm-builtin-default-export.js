/*---
description = "import() of a builtin: the namespace's default is always the live CommonJS object (process, events, timers, util), even when that object has an own 'default' property; the other own keys are the named exports"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "process true 1 true true\nevents true ev true\ntimers true tm true\nutil true ut true\nsame namespace true\n"
---*/
process.default = 1;
const events = require('events');
const timers = require('timers');
const util = require('util');
events.default = 'ev';
timers.default = 'tm';
util.default = 'ut';
(async () => {
  const p = await import('node:process');
  console.log('process', p.default === process, p.default.default, p.nextTick === process.nextTick, Object.keys(p).includes('default'));
  for (const [name, mod] of [['events', events], ['timers', timers], ['util', util]]) {
    const ns = await import(name);
    console.log(name, ns.default === mod, ns.default.default, name === 'events' ? ns.EventEmitter === events : ns.setTimeout === mod.setTimeout || ns.format === mod.format);
  }
  console.log('same namespace', (await import('process')) === p);
})();
