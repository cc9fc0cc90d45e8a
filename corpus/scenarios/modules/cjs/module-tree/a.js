const path = require('path');
console.log('a id is filename', module.id === __filename, 'parent is main', module.parent === require.main);
require('./c.js');
