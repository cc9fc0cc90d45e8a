/*---
description = "process.kill with an unknown signal or a pid that is not this instance"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "ERR_UNKNOWN_SIGNAL TypeError Unknown signal: SIGFOO\nESRCH kill\ntrue\n"
---*/
try { process.kill(process.pid, 'SIGFOO'); } catch (e) { console.log(e.code, e.name, e.message); }
try { process.kill(process.pid + 1000000, 'SIGTERM'); } catch (e) { console.log(e.code, e.syscall); }
console.log(process.kill(process.pid, 0));
