console.log(process.env.BULKHEAD_GREETING);
process.env.BULKHEAD_NUMBER = 42;
process.env.BULKHEAD_FLAG = true;
console.log(typeof process.env.BULKHEAD_NUMBER, process.env.BULKHEAD_NUMBER, process.env.BULKHEAD_FLAG);
console.log('BULKHEAD_NUMBER' in process.env, Object.keys(process.env).includes('BULKHEAD_FLAG'));
delete process.env.BULKHEAD_NUMBER;
console.log(process.env.BULKHEAD_NUMBER, 'BULKHEAD_NUMBER' in process.env);
