// A module loaded by a snapshot's warm-up (corpus/snapshots/requires-files.js).
const seen = [];
exports.remember = (who) => seen.push(who);
exports.seen = () => seen.join(',');
