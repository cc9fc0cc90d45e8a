process.on('SIGTERM', () => console.log('not this one'));
setTimeout(() => console.log('never'), 5000);
console.log('ready');
