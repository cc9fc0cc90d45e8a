module.exports = { where: 'lib/old.cjs', thisIsExports: this === module.exports, hasRequire: typeof require };
