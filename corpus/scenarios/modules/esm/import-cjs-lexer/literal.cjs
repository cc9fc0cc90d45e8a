const q = 'Q';
function r() { return 'R'; }
const s = 'S';
module.exports = { q, r, t: s, 'u': s, p: 'P', afterBail: s };
