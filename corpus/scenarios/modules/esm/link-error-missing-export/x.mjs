console.log('never: x');
export const present = 1;
