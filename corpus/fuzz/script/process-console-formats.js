console.log('%s is %d years', 'Bob', 42);
console.log({ a: 1, b: 'two', c: [1, 2, 3], d: { e: null } });
console.log([undefined, null, true, 1.5, -0, 10n]);
console.log(new Map([['k', 1]]), new Set([1, 2]));
console.log('%o%%', 'x', 'extra');
console.error('to stderr');
