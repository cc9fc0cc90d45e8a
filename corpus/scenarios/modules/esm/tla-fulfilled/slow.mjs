console.log('slow start');
export const value = await new Promise((r) => setTimeout(() => r('slow value'), 5));
console.log('slow end');
