console.log('stuck start');
await new Promise(() => {});
