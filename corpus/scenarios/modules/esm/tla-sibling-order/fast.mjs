console.log('fast');
