process.on('disconnect', () => console.log('child: disconnect'));
process.disconnect();
console.log('child connected after disconnect()', process.connected);
