process.on('disconnect', () => {
  // What the child saw shows in its exit code: 4 when it was told, disconnected.
  process.exitCode = process.connected === false ? 4 : 5;
});
process.send('ready');
