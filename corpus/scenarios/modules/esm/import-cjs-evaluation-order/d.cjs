console.log('d.cjs');
exports.n = 42;
