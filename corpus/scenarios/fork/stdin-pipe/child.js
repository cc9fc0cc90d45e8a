process.stdin.setEncoding('utf8');
let text = '';
console.log('child stdin readable', process.stdin.readable);
process.stdin.on('data', (d) => { text += d; });
process.stdin.on('end', () => console.log('child read', JSON.stringify(text)));
