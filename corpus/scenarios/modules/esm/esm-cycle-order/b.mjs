import { fromA, hoisted } from './a.mjs';
console.log('b start');
let saw;
try { saw = fromA; } catch (e) { saw = e.name + ': ' + e.message; }
export const bSaw = saw;
console.log('b calls', hoisted());
setTimeout(() => console.log('b later sees', fromA));
