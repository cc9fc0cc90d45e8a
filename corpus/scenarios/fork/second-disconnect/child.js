process.on('disconnect', () => {});
