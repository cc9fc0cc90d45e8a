/*---
description = "process.argv carries the script arguments"
args = ["one", "two"]
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "one,two\n4\n"
---*/
console.log(process.argv.slice(2).join(','));
console.log(process.argv.length);
