module.exports = { kind: 'cjs ' + typeof require };
