/*---
description = "util.inspect.defaultOptions: default values, sealed object, setter merges via Object.assign and validates an object"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "{\"showHidden\":false,\"depth\":2,\"colors\":false,\"customInspect\":true,\"showProxy\":false,\"maxArrayLength\":100,\"maxStringLength\":10000,\"breakLength\":80,\"compact\":3,\"sorted\":false,\"getters\":false,\"numericSeparator\":false}\ntrue false false\nfunction function false false\n{ a: { b: { c: [Object] } } }\n{ a: [Object] }\n{ a: [Object] }\ntrue 4 80 12\n{\n  a: {\n    b: { c: { d: { e: [Object] } } }\n  }\n}\nTypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received null\nTypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received type number (1)\nTypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received type string ('x')\nTypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received undefined\nTypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received an instance of Array\nTypeError ERR_INVALID_ARG_TYPE The \"options\" argument must be of type object. Received function \nTypeError Cannot add property unknownKey, object is not extensible\nundefined 4\n"
---*/
const util = require('util');
const d = util.inspect.defaultOptions;
console.log(JSON.stringify(d));
console.log(Object.isSealed(d), Object.isFrozen(d), Object.isExtensible(d));
const desc = Object.getOwnPropertyDescriptor(util.inspect, 'defaultOptions');
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);
console.log(util.inspect({ a: { b: { c: { d: 1 } } } }));
util.inspect.defaultOptions.depth = 0;
console.log(util.inspect({ a: { b: 1 } }));
console.log({ a: { b: 1 } });
util.inspect.defaultOptions = { depth: 4 };
console.log(util.inspect.defaultOptions === d, d.depth, d.breakLength, Object.keys(d).length);
console.log(util.inspect({ a: { b: { c: { d: { e: { f: 1 } } } } } }));
for (const bad of [null, 1, 'x', undefined, [], () => {}]) {
  try { util.inspect.defaultOptions = bad; console.log('accepted'); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { util.inspect.defaultOptions = { unknownKey: 1 }; } catch (e) { console.log(e.name, e.message); }
console.log(d.unknownKey, d.depth);
util.inspect.defaultOptions = { depth: 2 };
