process.on('exit', (c) => console.log('exit', c));
console.log('before');
process.kill(process.pid, 'SIGTERM');
console.log('after');
