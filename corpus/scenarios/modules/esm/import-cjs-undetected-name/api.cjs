console.log('never: api.cjs');
const api = { x: 1 };
module.exports = api;
