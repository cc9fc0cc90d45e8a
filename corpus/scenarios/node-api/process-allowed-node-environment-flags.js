/*---
description = "process.allowedNodeEnvironmentFlags: lazy accessor replaced by a data property; a frozen Set subclass whose has() normalises dashes/underscores/=values and whose add/delete/clear are no-ops"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "function function true true\nundefined true true true true true\ntrue false true NodeEnvironmentFlagsSet\ntrue number true true\n--max-old-space-size:true --max-old-space-size=100:true max-old-space-size:true --max_old_space_size:true -max-old-space-size:false --no-max-old-space-size:false --no-warnings:true --warnings:true --stack-trace-limit:true --require:true -r:true --eval:false -e:false --expose-internals:false --inspect:true --title:true --bogus:false :false 5:false\ntrue true false\nfalse true true\nundefined true\ntrue true true\ntrue true function function\n5\n"
---*/
const d = Object.getOwnPropertyDescriptor(process, 'allowedNodeEnvironmentFlags');
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
const f = process.allowedNodeEnvironmentFlags;
const d2 = Object.getOwnPropertyDescriptor(process, 'allowedNodeEnvironmentFlags');
console.log(typeof d2.get, d2.value === f, d2.writable, d2.enumerable, d2.configurable, process.allowedNodeEnvironmentFlags === f);
console.log(f instanceof Set, Object.getPrototypeOf(f) === Set.prototype, Object.getPrototypeOf(Object.getPrototypeOf(f)) === Set.prototype, f.constructor.name);
console.log(f.size > 0, typeof f.size, Object.isFrozen(f), Object.isFrozen(Object.getPrototypeOf(f)));
const checks = ['--max-old-space-size', '--max-old-space-size=100', 'max-old-space-size', '--max_old_space_size',
  '-max-old-space-size', '--no-max-old-space-size', '--no-warnings', '--warnings', '--stack-trace-limit', '--require', '-r',
  '--eval', '-e', '--expose-internals', '--inspect', '--title', '--bogus', '', 5];
console.log(checks.map((c) => `${c}:${f.has(c)}`).join(' '));
const size = f.size;
console.log(f.add('--bogus') === f, f.size === size, f.has('--bogus'));
console.log(f.delete('--no-warnings'), f.has('--no-warnings'), f.size === size);
console.log(f.clear(), f.size === size);
const all = [...f];
console.log(all.length > 0, all.every((x) => typeof x === 'string' && x.startsWith('-')), all.includes('--max-old-space-size'));
console.log(f.keys === f.values, f[Symbol.iterator] === f.values, typeof f.forEach, typeof f.entries);
process.allowedNodeEnvironmentFlags = 5;
console.log(process.allowedNodeEnvironmentFlags);
