setTimeout(() => console.log('never'), 5000);
console.log('ready');
