function recurse() { return recurse() + 1; }
try { recurse(); } catch (e) { console.log(e instanceof RangeError, e.message); }
