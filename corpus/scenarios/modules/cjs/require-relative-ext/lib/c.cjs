module.exports = { kind: 'cjs-file' };
