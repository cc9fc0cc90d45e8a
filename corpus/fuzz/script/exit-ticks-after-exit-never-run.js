process.nextTick(() => console.log('tick'));
Promise.resolve().then(() => console.log('micro'));
queueMicrotask(() => console.log('queued'));
setImmediate(() => console.log('immediate'));
process.exit(0);
