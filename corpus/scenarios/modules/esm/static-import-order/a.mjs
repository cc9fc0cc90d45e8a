import './shared.mjs';
console.log('a body');
export const a = 'A';
