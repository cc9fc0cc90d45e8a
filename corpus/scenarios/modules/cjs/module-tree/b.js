require('./c.js');
