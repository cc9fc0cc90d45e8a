/*---
description = "Timeout and Immediate have [Symbol.dispose]() (clears them, returns undefined) but no [Symbol.asyncDispose] in Node 20"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "function undefined true false\n\"\" 0\nundefined true\nfunction undefined true\nundefined true\ntrue\ndone\n"
---*/
const t = setTimeout(() => console.log('timeout fired (must not)'), 5);
const proto = Object.getPrototypeOf(t);
console.log(typeof t[Symbol.dispose], typeof t[Symbol.asyncDispose], Object.hasOwn(proto, Symbol.dispose), Object.hasOwn(t, Symbol.dispose));
console.log(JSON.stringify(t[Symbol.dispose].name), t[Symbol.dispose].length);
console.log(t[Symbol.dispose](), t._destroyed);
const im = setImmediate(() => console.log('immediate fired (must not)'));
console.log(typeof im[Symbol.dispose], typeof im[Symbol.asyncDispose], Object.hasOwn(Object.getPrototypeOf(im), Symbol.dispose));
console.log(im[Symbol.dispose](), im._destroyed);
const iv = setInterval(() => console.log('interval fired (must not)'), 1);
iv[Symbol.dispose]();
console.log(iv._destroyed);
const again = setTimeout(() => console.log('timeout fired after refresh? no'), 1);
again[Symbol.dispose]();
again[Symbol.dispose]();
console.log('done');
