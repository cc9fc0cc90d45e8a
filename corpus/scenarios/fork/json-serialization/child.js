let n = 0;
process.on('message', (m) => {
  process.send({ type: m === null ? 'null' : typeof m, m });
  if (++n === 5) process.disconnect();
});
