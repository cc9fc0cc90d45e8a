console.error(`bh-token-${process.pid}`);
console.log('fork-output: child says hello');
