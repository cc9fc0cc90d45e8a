exports.where = 'pkg-noext/lib/entry.js';
