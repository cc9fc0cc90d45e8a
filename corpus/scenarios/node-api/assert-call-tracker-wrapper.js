/*---
description = "assert.CallTracker wrappers: own properties and length kept without touching patched built-ins, expected validated as a uint32, ERR_UNAVAILABLE_DURING_EXIT in an exit listener, a non-object fn fails in new Proxy"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "true 42 6\nERR_INVALID_ARG_TYPE The \"expected\" argument must be of type number. Received type string ('1')\nERR_OUT_OF_RANGE The value of \"expected\" is out of range. It must be an integer. Received 0.1\nERR_INVALID_ARG_TYPE The \"expected\" argument must be of type number. Received type boolean (true)\nERR_INVALID_ARG_TYPE The \"expected\" argument must be of type number. Received function \nERR_INVALID_ARG_TYPE The \"expected\" argument must be of type number. Received null\nfalse 0 2\nTypeError Cannot create proxy with a non-object as target or handler\nexit ERR_UNAVAILABLE_DURING_EXIT Cannot call function in process exit handler\n"
---*/
// CallTracker's wrapper keeps the function's own properties and length without reading them
// through a script's patches (array iteration, Object.prototype.get), validates `expected`
// as a uint32, and refuses to track inside an 'exit' listener.
const assert = require('assert');
const fail = (what) => () => { throw new Error(`called ${what}`); };
const ArrayIteratorPrototype = Reflect.getPrototypeOf(Array.prototype.values());
const { next } = ArrayIteratorPrototype;
ArrayIteratorPrototype.next = fail('next');
Object.prototype.get = fail('get');
function func(a, b, c = 2) { return a + b + c; }
func.customProperty = 42;
Object.defineProperty(func, 'length', { get: fail('length') });
const tracker = new assert.CallTracker();
const callsfunc = tracker.calls(func);
const row = [Object.hasOwn(callsfunc, 'length'), callsfunc.customProperty, callsfunc(1, 2, 3)];
ArrayIteratorPrototype.next = next;
delete Object.prototype.get;
console.log(...row);
const t2 = new assert.CallTracker();
for (const bad of ['1', 0.1, true, () => {}, null]) { try { t2.calls(() => {}, bad); } catch (e) { console.log(e.code, e.message); } }
function g(a, b, c = 2) {} delete g.length;
console.log(Object.hasOwn(t2.calls(g), 'length'), t2.calls(g).length, t2.calls(function h(a, b) {}).length);
process.on('exit', () => { try { t2.calls(() => {}); } catch (e) { console.log('exit', e.code, e.message); } });
try { t2.calls('str'); } catch (e) { console.log(e.name, e.message); }
