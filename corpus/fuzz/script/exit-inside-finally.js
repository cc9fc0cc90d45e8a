try {
  console.log('try');
  process.exit(5);
} finally {
  console.log('finally must not run');
}
