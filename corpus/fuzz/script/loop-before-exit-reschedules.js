let rounds = 0;
process.on('beforeExit', (c) => {
  console.log('beforeExit', c, rounds);
  if (rounds++ < 2) setTimeout(() => console.log('timer', rounds), 1);
});
process.on('exit', (c) => console.log('exit', c));
