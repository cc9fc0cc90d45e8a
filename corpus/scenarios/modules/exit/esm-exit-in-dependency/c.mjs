console.log('never: c');
