// How many times this instance evaluated stamp.js.
let n = 0;
exports.count = () => { n += 1; };
exports.evaluations = () => n;
