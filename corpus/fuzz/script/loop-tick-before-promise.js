Promise.resolve().then(() => console.log('promise 1'));
queueMicrotask(() => console.log('microtask'));
process.nextTick(() => console.log('tick 1'));
Promise.resolve().then(() => {
  console.log('promise 2');
  process.nextTick(() => console.log('tick from promise'));
});
process.nextTick(() => console.log('tick 2'));
console.log('sync');
