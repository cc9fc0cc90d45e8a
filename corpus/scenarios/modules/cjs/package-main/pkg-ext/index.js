exports.where = 'WRONG index';
