console.log('ready');
setTimeout(() => console.log('done'), 1500);
