const p = Promise.reject(new Error('x'));
Promise.resolve().then(() => p.catch((e) => console.log('caught', e.message)));
