/*---
description = "cluster: cluster.worker.disconnect() inside the worker tells the primary first: exitedAfterDisconnect true, exit 0"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "worker: disconnect event\nself\nc-fork:1:[]\nonline ead=undefined\nc-online:1:[]\nw-disconnect ead=true\nc-disconnect:1:[]\nw-exit 0 null ead=true dead=true conn=false\nc-exit:1:[0,null]\n"
---*/
require('../_lifecycle.js')('self');
