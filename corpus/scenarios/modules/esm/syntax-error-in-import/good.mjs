console.log('never: good');
