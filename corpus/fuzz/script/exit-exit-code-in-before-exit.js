process.exitCode = 3;
process.once('beforeExit', (c) => console.log('beforeExit', c));
process.on('exit', (c) => console.log('exit', c));
