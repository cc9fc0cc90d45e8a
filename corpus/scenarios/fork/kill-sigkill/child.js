process.on('SIGTERM', () => console.log('never'));
setInterval(() => {}, 1000);
process.send('ready');
