module.exports = function () { return 'fn'; }; exports.z = 'lost';
