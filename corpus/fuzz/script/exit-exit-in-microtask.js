queueMicrotask(() => { console.log('micro 1'); process.exit(15); });
queueMicrotask(() => console.log('micro 2'));
