/*---
description = "process.env as Node intercepts it: values become strings, symbols cannot be keys, the object behind answers the rest, only data descriptors"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "1 true undefined null string\nTypeError Cannot convert a Symbol value to a string\nTypeError Cannot convert a Symbol value to a string\n[object Object]\ntrue true false true\ntrue true\ntrue true\ntrue string\n{ value: 'true', writable: true, enumerable: true, configurable: true }\nundefined x\nv\nERR_INVALID_OBJECT_DEFINE_PROPERTY 'process.env' only accepts a configurable, writable, and enumerable data descriptor\n[object Object] [object Object]\n"
---*/
// process.env as Node intercepts it: values become strings, symbols cannot be keys, the
// ordinary object behind it answers the rest, only plain data descriptors may be defined.
process.env.A_NUM = 1; process.env.A_BOOL = true; process.env.A_UNDEF = undefined; process.env.A_NULL = null;
console.log(process.env.A_NUM, process.env.A_BOOL, process.env.A_UNDEF, process.env.A_NULL, typeof process.env.A_UNDEF);
try { process.env.SYM = Symbol('s'); } catch (e) { console.log(e.name, e.message); }
try { process.env[Symbol('k')] = 'v'; console.log('symbol key ok', process.env[Symbol('k')]); } catch (e) { console.log(e.name, e.message); }
try { process.env.OBJ = {}; console.log(process.env.OBJ); } catch (e) { console.log(e.name, e.message); }
console.log('A_NUM' in process.env, delete process.env.A_NUM, 'A_NUM' in process.env, delete process.env.NOPE_NOT_SET);
console.log(Object.keys(process.env).includes('A_BOOL'), JSON.stringify(process.env).includes('"A_BOOL":"true"'));
console.log(process.env.hasOwnProperty('A_BOOL'), Object.prototype.hasOwnProperty.call(process.env, 'A_BOOL'));
const copy = { ...process.env }; console.log(copy.A_BOOL, typeof copy.PATH);
console.log(Object.getOwnPropertyDescriptor(process.env, 'A_BOOL'));
process.env.path_lower = 'x'; console.log(process.env.PATH_LOWER, process.env.path_lower);
Object.defineProperty(process.env, 'DEF', { value: 'v', configurable: true, writable: true, enumerable: true }); console.log(process.env.DEF);
try { Object.defineProperty(process.env, 'BAD', { value: 'v' }); } catch (e) { console.log(e.code, e.message); }
console.log(String(process.env).slice(0, 15), Object.prototype.toString.call(process.env));
