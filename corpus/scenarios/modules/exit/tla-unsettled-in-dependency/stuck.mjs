process.on('exit', (code) => console.log('exit', code, process.exitCode));
console.log('stuck start');
await new Promise(() => {});
console.log('never: stuck end');
