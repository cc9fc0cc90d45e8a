exports.where = 'pkg-ext/lib/entry.js';
