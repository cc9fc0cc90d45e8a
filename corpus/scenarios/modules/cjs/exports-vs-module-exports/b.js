exports = { lost: true }; exports.also = 'lost';
