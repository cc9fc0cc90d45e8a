exports.where = 'pkg-dirmain/lib/inner/index.js';
