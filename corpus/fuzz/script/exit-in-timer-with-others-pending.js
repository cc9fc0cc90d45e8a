setTimeout(() => console.log('never 1'), 50);
setInterval(() => console.log('never 2'), 5);
setTimeout(() => { console.log('exiting'); setImmediate(() => console.log('never 3')); process.exit(4); }, 1);
