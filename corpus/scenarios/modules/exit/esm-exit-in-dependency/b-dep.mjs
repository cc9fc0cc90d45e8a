console.log('b-dep');
