process.on('exit', (code) => {
  console.log(`exit listener: code=${code} exitCode=${process.exitCode}`);
});
process.on('uncaughtException', () => {
  process.exitCode = 97;
});
throw new Error('ok');
