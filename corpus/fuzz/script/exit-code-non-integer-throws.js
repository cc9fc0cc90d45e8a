try {
  process.exit(1.5);
} catch (e) {
  console.log(e.code, e.name);
}
process.exit(2);
