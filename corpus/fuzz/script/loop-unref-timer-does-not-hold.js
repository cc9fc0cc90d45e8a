setTimeout(() => console.log('never'), 200).unref();
process.on('exit', (c) => console.log('exit', c));
