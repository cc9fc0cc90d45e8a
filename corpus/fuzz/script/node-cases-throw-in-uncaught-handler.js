process.on('uncaughtException', () => {
  console.log('handler runs, then throws');
  throw new Error('ok');
});
throw new Error('bad');
