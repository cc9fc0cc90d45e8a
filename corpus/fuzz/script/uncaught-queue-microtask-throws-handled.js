process.on('uncaughtException', (e, origin) => console.log('handled', e.message, origin));
queueMicrotask(() => { throw new Error('micro'); });
queueMicrotask(() => console.log('next microtask'));
setTimeout(() => console.log('timer'), 1);
