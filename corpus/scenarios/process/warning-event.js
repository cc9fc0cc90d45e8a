/*---
description = "process.emitWarning emits 'warning' on the next tick; the default printer is a listener."
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "sync done 2\nwarning event CustomWarning something odd X001\nwarning event Error err warning undefined\n"
---*/
// process.emitWarning emits 'warning' on the next tick; the default printer is a listener.
process.on('warning', (w) => console.log('warning event', w.name, w.message, w.code));
process.emitWarning('something odd', 'CustomWarning', 'X001');
process.emitWarning(new Error('err warning'));
console.log('sync done', process.listenerCount('warning'));
setTimeout(() => { process.removeAllListeners('warning'); process.emitWarning('unheard'); }, 1);
