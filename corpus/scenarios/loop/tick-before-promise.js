/*---
description = "nextTick callbacks run before promise reactions, microtasks in queue order"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "sync\ntick 1\ntick 2\npromise 1\nmicrotask\npromise 2\ntick from promise\n"
---*/
Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => console.log('microtask'));
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => {
  console.log('promise 2');
  process.nextTick(() => console.log('tick from promise'));
});
process.nextTick(() => console.log('tick 2'));
console.log('sync');
