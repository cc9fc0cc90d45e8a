function down(n) {
  if (n === 0) process.exit(9);
  try { down(n - 1); } catch (e) { console.log('caught at', n); }
  console.log('unwound', n);
}
console.log('start');
down(2000);
