console.log('child line 1');
console.error('child error line');
console.log('child line 2');
