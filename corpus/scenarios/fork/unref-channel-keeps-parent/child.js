setTimeout(() => process.send('hi', () => process.disconnect()), 20);
