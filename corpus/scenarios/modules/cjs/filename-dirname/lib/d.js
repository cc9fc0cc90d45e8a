const path = require('path'); exports.file = path.basename(__filename); exports.dir = __dirname;
