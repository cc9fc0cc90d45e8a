process.on('exit', (c) => console.log('exit listener sees', c));
process.exit(-1);
