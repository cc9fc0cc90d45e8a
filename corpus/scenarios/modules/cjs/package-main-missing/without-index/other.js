exports.where = 'never';
