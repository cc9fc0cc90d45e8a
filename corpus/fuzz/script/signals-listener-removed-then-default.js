const onTerm = () => console.log('listener');
process.on('SIGTERM', onTerm);
process.off('SIGTERM', onTerm);
setInterval(() => {}, 1000);
console.log('ready');
