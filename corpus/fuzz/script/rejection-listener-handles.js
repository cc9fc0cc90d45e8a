process.on('unhandledRejection', (reason, p) => console.log('unhandled', reason, p instanceof Promise));
Promise.reject(3);
setTimeout(() => console.log('later'), 1);
