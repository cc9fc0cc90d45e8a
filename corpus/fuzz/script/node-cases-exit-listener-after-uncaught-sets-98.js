process.on('exit', (code) => {
  console.log(`exit listener: code=${code} exitCode=${process.exitCode}`);
  process.exitCode = 98;
});
throw new Error('ok');
