console.log('thrower runs');
throw new TypeError('dependency boom');
