export const where = 'lib/esm.js';
export const isEsm = this === undefined;
