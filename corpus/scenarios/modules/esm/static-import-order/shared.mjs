console.log('shared body (once)');
