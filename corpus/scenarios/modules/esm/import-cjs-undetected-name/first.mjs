console.log('never: first.mjs');
