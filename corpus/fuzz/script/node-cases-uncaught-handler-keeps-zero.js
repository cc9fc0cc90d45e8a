process.on('exit', (code) => {
  console.log(`exit listener: code=${code} exitCode=${process.exitCode}`);
});
process.on('uncaughtException', () => {});
throw new Error('ok');
