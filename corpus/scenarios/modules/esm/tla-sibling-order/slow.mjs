console.log('slow start');
await new Promise((r) => setTimeout(r, 5));
console.log('slow end');
