const api = { x: 1, y: 2 };
module.exports = api;
