export const value = 'from esm .js';
