exports.k = 'K';
