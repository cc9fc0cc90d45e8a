// Stamped with the pid of the instance that evaluates it; counts its own evaluations.
let count = 0;
count += 1;
export const pid = process.pid;
export const evaluations = () => count;
