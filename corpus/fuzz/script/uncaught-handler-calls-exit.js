process.on('uncaughtException', (e) => { console.log('handler', e.message); process.exit(3); });
process.on('exit', (c) => console.log('exit', c));
throw new Error('boom');
