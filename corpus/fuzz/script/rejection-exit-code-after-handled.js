process.on('unhandledRejection', () => { process.exitCode = 21; });
Promise.reject(new Error('x'));
