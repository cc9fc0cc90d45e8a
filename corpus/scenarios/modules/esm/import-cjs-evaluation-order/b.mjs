console.log('b.mjs');
