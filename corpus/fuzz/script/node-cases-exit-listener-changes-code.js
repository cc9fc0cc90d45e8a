process.exitCode = 95;
process.on('exit', (code) => {
  console.log(`exit listener: code=${code} exitCode=${process.exitCode}`);
  process.exitCode = 99;
});
