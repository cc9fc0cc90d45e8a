// Stamped with the pid of the instance that evaluates it, and counted there.
require('./counter.js').count();
exports.pid = process.pid;
