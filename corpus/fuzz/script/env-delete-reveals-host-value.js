const before = process.env.PATH;
process.env.PATH = 'local';
console.log(process.env.PATH);
delete process.env.PATH;
console.log(process.env.PATH === before && before !== undefined);
