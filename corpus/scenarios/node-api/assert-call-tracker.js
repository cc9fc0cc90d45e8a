/*---
description = "assert.CallTracker: calls/getCalls/report/verify/reset, argument errors and the DEP0173 warning"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "6 foo 1 false\n[{\"arguments\":[3]}] true true true\n1 message,actual,expected,operator,stack\nExpected the foo function to be executed 2 time(s) but was executed 1 time(s).\n1 2 foo true\nAssertionError ERR_ASSERTION Expected the foo function to be executed 2 time(s) but was executed 1 time(s).\n[{\"arguments\":[3]},{\"thisArg\":{\"a\":1},\"arguments\":[4]}]\nverified 0\n0\nfunction \"\" 0 undefined\n1\nERR_ASSERTION Expected the foo function to be executed 2 time(s) but was executed 0 time(s).\n[\"Expected the foo function to be executed 2 time(s) but was executed 0 time(s).\",\"Expected the calls function to be executed 3 time(s) but was executed 1 time(s).\"]\nERR_ASSERTION Functions were not called the expected number of times\n0 3\nERR_INVALID_ARG_VALUE The argument 'tracked' is not a tracked function. Received [Function (anonymous)]\nERR_INVALID_ARG_VALUE The argument 'tracked' is not a tracked function. Received [Function (anonymous)]\nERR_INVALID_ARG_TYPE The \"expected\" argument must be of type number. Received type string ('x')\nERR_OUT_OF_RANGE The value of \"expected\" is out of range. It must be >= 1 && <= 4294967295. Received 0\nwarning DeprecationWarning DEP0173 assert.CallTracker is deprecated.\n"
---*/
process.on('warning', (w) => console.log('warning', w.name, w.code, w.message));
const assert = require('assert');
const tracker = new assert.CallTracker();
function foo(a) { return a * 2; }
const f = tracker.calls(foo, 2);
console.log(f(3), f.name, f.length, f === foo);
const c0 = tracker.getCalls(f);
console.log(JSON.stringify(c0), 'thisArg' in c0[0], Object.isFrozen(c0), Object.isFrozen(c0[0]));
const r = tracker.report();
console.log(r.length, Object.keys(r[0]).join());
console.log(r[0].message);
console.log(r[0].actual, r[0].expected, r[0].operator, r[0].stack instanceof Error);
try { tracker.verify(); } catch (e) { console.log(e.name, e.code, e.message); }
f.call({ a: 1 }, 4);
console.log(JSON.stringify(tracker.getCalls(f)));
tracker.verify();
console.log('verified', tracker.report().length);
tracker.reset(f);
console.log(tracker.getCalls(f).length);
const g = tracker.calls();
console.log(typeof g, JSON.stringify(g.name), g.length, g(1, 2));
console.log(tracker.report().length);
try { tracker.verify(); } catch (e) { console.log(e.code, e.message); }
const h = tracker.calls(3);
h();
console.log(JSON.stringify(tracker.report().map((x) => x.message)));
try { tracker.verify(); } catch (e) { console.log(e.code, e.message); }
tracker.reset();
console.log(tracker.getCalls(g).length, tracker.report().length);
for (const bad of [() => tracker.getCalls(() => {}), () => tracker.reset(() => {}),
  () => tracker.calls(foo, 'x'), () => tracker.calls(foo, 0)]) {
  try { bad(); } catch (e) { console.log(e.code, e.message); }
}
