process.on('exit', (c) => console.log('exit', c));
process.nextTick(() => { throw new TypeError('tick failed'); });
