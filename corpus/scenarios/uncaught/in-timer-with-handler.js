/*---
description = "a throw in a timer, handled by 'uncaughtException', lets later timers run"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "handled from timer uncaughtException\nlater timer\n"
---*/
process.on('uncaughtException', (err, origin) => console.log('handled', err.message, origin));
setTimeout(() => { throw new Error('from timer'); }, 1);
setTimeout(() => console.log('later timer'), 5);
