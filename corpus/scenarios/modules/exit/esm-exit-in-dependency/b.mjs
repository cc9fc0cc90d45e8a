import './b-dep.mjs';
console.log('b before exit');
process.exit(4);
console.log('never: b after exit');
