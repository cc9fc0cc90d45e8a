console.log('a.mjs');
