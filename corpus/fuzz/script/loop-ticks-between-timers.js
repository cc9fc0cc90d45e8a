setTimeout(() => { console.log('t1'); process.nextTick(() => console.log('tick')); Promise.resolve().then(() => console.log('micro')); }, 1);
setTimeout(() => console.log('t2'), 1);
