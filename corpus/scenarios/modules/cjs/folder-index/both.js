exports.where = 'both.js';
