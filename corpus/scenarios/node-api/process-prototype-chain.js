/*---
description = "process -> process.prototype (constructor named 'process') -> EventEmitter.prototype -> Object.prototype; own Symbol.toStringTag"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "process -> EventEmitter -> Object\ntrue true true\nconstructor 0\nprocess function true true\n{\"writable\":true,\"enumerable\":false,\"configurable\":true}\n[object process] [object process]\n{\"value\":\"process\",\"writable\":true,\"enumerable\":false,\"configurable\":false}\ntrue false true 10\n"
---*/
const EventEmitter = require('events');
const chain = [];
for (let p = Object.getPrototypeOf(process); p; p = Object.getPrototypeOf(p)) chain.push(p.constructor && p.constructor.name);
console.log(chain.join(' -> '));
const proto = Object.getPrototypeOf(process);
console.log(process instanceof EventEmitter, proto !== EventEmitter.prototype, Object.getPrototypeOf(proto) === EventEmitter.prototype);
console.log(Object.getOwnPropertyNames(proto).join(), Object.getOwnPropertySymbols(proto).length);
const P = proto.constructor;
console.log(P.name, typeof P, P.prototype === proto, process.constructor === P);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(proto, 'constructor')));
console.log(Object.prototype.toString.call(process), String(process));
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(process, Symbol.toStringTag)));
console.log(process.on === EventEmitter.prototype.on, Object.hasOwn(process, 'on'), Object.hasOwn(process, '_events'), process.getMaxListeners());
