const a = require('./a.js');
console.log('b during cycle', Object.keys(a), a.missing);
setImmediate(() => console.log('b still holds', Object.keys(a), a.early));
