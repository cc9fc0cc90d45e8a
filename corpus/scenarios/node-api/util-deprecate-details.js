/*---
description = "util.deprecate: silent while process.noDeprecation (and warning later), this/arguments/result pass through, subclasses construct through the wrapper, arrows, code checks"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "q q\nq\n13 deprecated 0\nrex speaks true true true true\narrow true {}\naccepted \"\"\naccepted \"DEP_OK\"\nERR_INVALID_ARG_TYPE The \"code\" argument must be of type string. Received type number (0)\nERR_INVALID_ARG_TYPE The \"code\" argument must be of type string. Received an instance of Array\nend of script\nwarning: DeprecationWarning DEP_QUIET quiet() is deprecated\nwarning: DeprecationWarning undefined add() is deprecated\nwarning: DeprecationWarning DEP_ANIMAL Animal is deprecated\nwarning: DeprecationWarning undefined arrow is deprecated\n"
---*/
const util = require('util');
process.on('warning', (w) => console.log('warning:', w.name, w.code, w.message));
// While process.noDeprecation is set nothing is emitted, and the wrapper may still warn later.
const quiet = util.deprecate(function quiet() { return 'q'; }, 'quiet() is deprecated', 'DEP_QUIET');
process.noDeprecation = true;
console.log(quiet(), quiet());
process.noDeprecation = false;
console.log(quiet());
// `this`, arguments and the result pass through; subclasses construct through the wrapper.
const obj = { base: 10, add: util.deprecate(function add(a, b) { return this.base + a + b; }, 'add() is deprecated') };
console.log(obj.add(1, 2), obj.add.name, obj.add.length);
class Animal { constructor(name) { this.name = name; } speak() { return `${this.name} speaks`; } }
const DeprecatedAnimal = util.deprecate(Animal, 'Animal is deprecated', 'DEP_ANIMAL');
class Dog extends DeprecatedAnimal {}
const dog = new Dog('rex');
console.log(dog.speak(), dog instanceof Dog, dog instanceof Animal, dog instanceof DeprecatedAnimal, Object.getPrototypeOf(Dog) === DeprecatedAnimal);
// An arrow has no prototype, and the wrapper gets none of its own.
const arrow = util.deprecate(() => 'arrow', 'arrow is deprecated');
console.log(arrow(), Object.prototype.hasOwnProperty.call(arrow, 'prototype'), arrow.prototype);
// Codes are checked when deprecate is called, not when the wrapper is.
for (const code of ['', 'DEP_OK', 0, []]) {
  try { util.deprecate(() => {}, 'm', code); console.log('accepted', JSON.stringify(code)); } catch (e) { console.log(e.code, e.message); }
}
console.log('end of script');
