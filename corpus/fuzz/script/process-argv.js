console.log(process.argv.slice(2).join(','));
console.log(process.argv.length);
