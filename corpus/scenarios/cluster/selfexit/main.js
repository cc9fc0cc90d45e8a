/*---
description = "cluster: a worker's process.exit(2): 'disconnect' then 'exit' (2, null), exitedAfterDisconnect false"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "selfexit\nc-fork:1:[]\nonline ead=undefined\nc-online:1:[]\nw-disconnect ead=false\nc-disconnect:1:[]\nw-exit 2 null ead=false dead=true conn=false\nc-exit:1:[2,null]\n"
---*/
require('../_lifecycle.js')('selfexit');
