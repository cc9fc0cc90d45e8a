exports.where = 'with-index/index.js';
