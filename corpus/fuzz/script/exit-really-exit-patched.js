const original = process.reallyExit;
process.reallyExit = (code) => { console.log('reallyExit', code); original(code + 1); };
process.exit(20);
