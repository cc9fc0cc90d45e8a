process.on('uncaughtException', (e, origin) => console.log('got', e.message, origin));
Promise.reject(new Error('via rejection'));
