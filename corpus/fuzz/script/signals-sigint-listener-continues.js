const keepAlive = setInterval(() => {}, 1000);
process.on('SIGINT', () => {
  console.log('got SIGINT, finishing');
  clearInterval(keepAlive);
  setTimeout(() => console.log('finished'), 5);
});
process.on('exit', (c) => console.log('exit', c));
console.log('ready');
