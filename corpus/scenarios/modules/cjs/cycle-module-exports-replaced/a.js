exports.early = 1;
require('./b.js');
module.exports = { replaced: true };
