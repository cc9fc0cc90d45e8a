exports.where = 'both/index.js';
