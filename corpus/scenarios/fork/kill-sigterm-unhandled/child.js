setInterval(() => {}, 1000);
process.send('ready');
