/*---
description = "deleting a local value reveals the host's value again (the seed's overlay; node would delete it)"
node = false
[expect]
exit_code = 0
cause = "drained"
stdout = "local\ntrue\n"
---*/
const before = process.env.PATH;
process.env.PATH = 'local';
console.log(process.env.PATH);
delete process.env.PATH;
console.log(process.env.PATH === before && before !== undefined);
