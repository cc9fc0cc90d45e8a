const path = require('path');
exports.isMain = require.main === module;
exports.mainName = path.basename(require.main.filename);
exports.sameMain = require.main === module.parent;
