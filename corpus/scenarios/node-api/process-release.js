/*---
description = "process.release: name 'node' and Node 20's LTS codename 'Iron', first in that order"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "node Iron\n[ 'name', 'lts' ]\nstring\n"
---*/
const { release } = process;
console.log(release.name, release.lts);
console.log(Object.keys(release).slice(0, 2));
console.log(typeof process.versions.node);
