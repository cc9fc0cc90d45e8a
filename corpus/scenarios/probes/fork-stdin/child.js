// Echoes its whole stdin once it has ended.
let read = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { read += d; });
process.stdin.on('end', () => process.stdout.write(read));
