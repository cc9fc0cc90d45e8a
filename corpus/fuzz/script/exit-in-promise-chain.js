Promise.resolve(1)
  .then((v) => { console.log('step', v); return v + 1; })
  .then((v) => { console.log('step', v); process.exit(12); })
  .then(() => console.log('never'))
  .finally(() => console.log('never either'));
process.on('exit', (c) => console.log('exit', c));
