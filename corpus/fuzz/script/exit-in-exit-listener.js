let calls = 0;
process.on('exit', (code) => {
  calls++;
  console.log('exit listener', calls, code);
  process.exit(5);
});
process.exit(3);
