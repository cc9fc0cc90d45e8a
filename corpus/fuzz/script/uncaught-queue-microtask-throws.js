process.on('exit', (c) => console.log('exit', c));
queueMicrotask(() => { throw new Error('from microtask'); });
