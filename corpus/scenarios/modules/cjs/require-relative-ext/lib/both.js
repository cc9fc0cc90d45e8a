module.exports = { from: 'js' };
