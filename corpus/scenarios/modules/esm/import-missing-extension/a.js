console.log('never: a.js');
export const a = 1;
