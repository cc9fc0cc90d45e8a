try { process.kill(process.pid, 'SIGFOO'); } catch (e) { console.log(e.code, e.name, e.message); }
try { process.kill(process.pid + 1000000, 'SIGTERM'); } catch (e) { console.log(e.code, e.syscall); }
console.log(process.kill(process.pid, 0));
