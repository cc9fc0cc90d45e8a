process.on('SIGTERM', (s) => console.log('got', s));
console.log(process.kill(process.pid));
console.log('after kill');
setTimeout(() => console.log('timer'), 50);
