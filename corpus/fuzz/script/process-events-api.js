const f = () => console.log('custom');
process.on('custom', f);
process.once('custom', () => console.log('once'));
console.log(process.listenerCount('custom'));
process.emit('custom');
process.emit('custom');
process.off('custom', f);
console.log(process.emit('custom'), process.listeners('custom').length);
