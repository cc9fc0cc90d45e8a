console.log('a start');
import { bSaw } from './b.mjs';
export let fromA = 'A';
export function hoisted() { return 'hoisted fn'; }
console.log('a end, b saw:', bSaw);
