process.on('exit', (c) => console.log('exit', c));
async function work() { await null; throw new RangeError('async failure'); }
work();
