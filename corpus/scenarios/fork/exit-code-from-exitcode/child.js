if (process.argv[2] === 'reject') {
  process.on('exit', (c) => console.log('child exit event', c));
  Promise.reject(new Error('nobody handles this'));
} else {
  process.exitCode = 5;
  setTimeout(() => console.log('child timer ran'), 1);
}
