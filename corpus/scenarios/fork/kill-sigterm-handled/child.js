setInterval(() => {}, 1000);
process.on('SIGTERM', (name) => {
  console.log('child got', name);
  process.exit(7);
});
process.send('ready');
