console.log('never: first');
