process.on('beforeExit', (c) => { console.log('beforeExit', c); process.exit(8); });
process.on('exit', (c) => console.log('exit', c));
