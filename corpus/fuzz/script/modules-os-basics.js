const os = require('node:os');
console.log(JSON.stringify(os.EOL), os.platform() === process.platform, os.arch() === process.arch);
console.log(typeof os.hostname(), os.endianness(), os.availableParallelism() > 0);
