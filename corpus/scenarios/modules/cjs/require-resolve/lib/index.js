exports.index = 1;
