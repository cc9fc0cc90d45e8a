process.exitCode = '0x10';
console.log(typeof process.exitCode, process.exitCode);
