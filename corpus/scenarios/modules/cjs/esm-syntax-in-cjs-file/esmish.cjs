import path from 'path';
exports.x = 1;
