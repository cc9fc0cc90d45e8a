exports.c = true;
