console.log('never: a');
export const a = 1;
