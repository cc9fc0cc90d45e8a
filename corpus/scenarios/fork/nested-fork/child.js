const { fork } = require('child_process');
const depth = Number(process.argv[2]);
if (depth < 3) {
  const sub = fork(__filename, [String(depth + 1)]);
  sub.on('message', (m) => {
    process.send({ depth, below: m });
  });
  sub.on('exit', (code) => {
    console.log(`depth ${depth}: child exit`, code);
    process.exitCode = depth;
  });
  process.on('message', () => {
    sub.send('done');
    process.disconnect();
  });
} else {
  process.send({ depth, leaf: true });
  process.on('message', () => process.exit(depth));
}
