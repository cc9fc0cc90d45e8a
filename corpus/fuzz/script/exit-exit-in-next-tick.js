process.nextTick(() => { console.log('tick 1'); process.exit(14); });
process.nextTick(() => console.log('tick 2'));
Promise.resolve().then(() => console.log('micro'));
