require('../nowhere.js');
