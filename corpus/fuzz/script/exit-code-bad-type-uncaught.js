process.on('exit', (c) => console.log('exit', c));
process.exit('abc');
