import c from 'classic';
export const viaSub = 'sub sees ' + c.fromClassic;
