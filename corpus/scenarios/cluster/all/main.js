/*---
description = "cluster: cluster.disconnect(cb) disconnects every worker; cb runs once the last is gone, before its 'exit'"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "worker: disconnect event\nall\nc-fork:1:[]\nonline ead=undefined\nc-online:1:[]\nw-disconnect ead=true\nc-disconnect:1:[]\ncluster.disconnect cb\nw-exit 0 null ead=true dead=true conn=false\nc-exit:1:[0,null]\n"
---*/
require('../_lifecycle.js')('all');
