import '../shared.mjs';
console.log('b body');
export const b = 'B';
