let expected = 0;
let ordered = true;
process.on('message', (m) => {
  if (m !== expected++) ordered = false;
  process.send(m);
});
process.on('disconnect', () => console.log('child got 200 in order:', ordered && expected === 200));
