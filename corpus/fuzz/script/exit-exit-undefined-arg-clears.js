process.exitCode = 6;
process.on('exit', (c) => console.log('exit', c, process.exitCode));
process.exit(undefined);
