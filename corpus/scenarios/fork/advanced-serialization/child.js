process.on('message', (m) => {
  console.log('child sees a Map:', m.map instanceof Map, 'a BigInt:', typeof m.big, 'an Error:', m.err instanceof Error);
  process.send(m, () => process.disconnect());
});
