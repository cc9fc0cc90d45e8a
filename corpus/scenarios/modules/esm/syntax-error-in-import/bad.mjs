console.log('never: bad');
const = 1;
