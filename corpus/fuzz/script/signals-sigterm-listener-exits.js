process.on('SIGTERM', (name) => {
  console.log('received', name);
  process.exit(3);
});
setInterval(() => {}, 1000);
console.log('ready');
