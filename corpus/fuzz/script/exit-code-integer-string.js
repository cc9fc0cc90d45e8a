process.exit('3');
