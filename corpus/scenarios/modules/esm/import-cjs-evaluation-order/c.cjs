console.log('c.cjs start');
exports.n = require('./d.cjs').n;
console.log('c.cjs end');
