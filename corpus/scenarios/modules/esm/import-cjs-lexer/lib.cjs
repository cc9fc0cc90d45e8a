exports.a = 1;
module.exports.b = 2;
Object.defineProperty(exports, 'c', { enumerable: true, value: 3 });
Object.defineProperty(exports, 'd', { enumerable: true, get() { return 4; } });
exports['e'] = 5;
const key = 'computed';
exports[key] = 6;
Object.defineProperty(exports, 'hidden', { enumerable: false, value: 7 });
if (false) exports.deadCode = 8;
