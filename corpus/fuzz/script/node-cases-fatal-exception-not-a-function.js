process.on('exit', () => console.log('exit listeners do not run'));
process._fatalException = undefined;
throw new Error('ok');
