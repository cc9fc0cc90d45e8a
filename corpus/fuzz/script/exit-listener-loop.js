process.on('exit', () => process.exitCode++); process.exitCode = 254
