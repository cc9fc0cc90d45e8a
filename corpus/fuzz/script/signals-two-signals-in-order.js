const keepAlive = setInterval(() => {}, 1000);
process.on('SIGUSR2', () => { console.log('usr2'); console.log('second'); });
process.on('SIGHUP', () => { console.log('hup'); clearInterval(keepAlive); });
console.log('ready');
