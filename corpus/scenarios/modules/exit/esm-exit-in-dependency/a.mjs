process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('a');
