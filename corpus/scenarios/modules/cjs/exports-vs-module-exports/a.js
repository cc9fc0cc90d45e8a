exports.x = 1; module.exports.y = 2; console.log('a: exports === module.exports', exports === module.exports);
