console.log('tla evaluated?');
await 0;
export const x = 1;
