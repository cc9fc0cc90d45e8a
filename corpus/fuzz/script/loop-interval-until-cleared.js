let n = 0;
const iv = setInterval(() => {
  console.log('interval', ++n);
  if (n === 3) clearInterval(iv);
}, 2);
process.on('exit', () => console.log('ran', n, 'times'));
