try {
  process.exit(3);
} catch (e) {
  console.log('caught', e);
}
console.log('after');
