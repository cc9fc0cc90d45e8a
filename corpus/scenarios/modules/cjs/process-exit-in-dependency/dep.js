console.log('dep before');
process.exit(4);
console.log('dep after (never)');
