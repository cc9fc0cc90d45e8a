// Silent: the parent prints, so that nothing races its lines. What arrived shows in the exit
// code: 0 when the one valid message, 'last', came first.
process.on('message', (m) => {
  process.exitCode = m === 'last' ? 0 : 3;
  process.disconnect();
});
