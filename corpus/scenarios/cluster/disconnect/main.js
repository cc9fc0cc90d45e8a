/*---
description = "cluster: worker.disconnect() from the primary: exitedAfterDisconnect true at once, the worker sees 'disconnect' and exits 0, cluster.workers forgets it"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "worker: disconnect event\ndisconnect\nc-fork:1:[]\nonline ead=undefined\nafter disconnect(): ead=true conn=true dead=false\nc-online:1:[]\nw-disconnect ead=true\nc-disconnect:1:[]\nw-exit 0 null ead=true dead=true conn=false\nc-exit:1:[0,null]\n"
---*/
require('../_lifecycle.js')('disconnect');
