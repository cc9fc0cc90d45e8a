const m = require('mypkg');
exports.mypkgModule = m;
exports.mypkg = m.where;
exports.shadow = require('shadow').where;
exports.plain = require('plain').where;
exports.resolved = require.resolve('mypkg');
exports.paths = module.paths;
