setTimeout(() => console.log('20'), 20);
setTimeout(() => console.log('5 a'), 5);
setTimeout(() => console.log('5 b'), 5);
setTimeout(() => console.log('1'), 1);
const cancelled = setTimeout(() => console.log('cancelled'), 3);
clearTimeout(cancelled);
