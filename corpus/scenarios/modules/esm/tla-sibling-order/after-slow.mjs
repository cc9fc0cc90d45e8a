import './slow.mjs';
console.log('after-slow (depends on slow)');
