console.log('c evaluated');
exports.k = 'K';
