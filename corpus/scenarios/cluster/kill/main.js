/*---
description = "cluster: worker.kill() in the primary only sends SIGTERM (Node 20): exit (null, 'SIGTERM'), exitedAfterDisconnect false"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "kill\nc-fork:1:[]\nonline ead=undefined\nafter kill(): ead=undefined conn=true\nc-online:1:[]\nw-disconnect ead=false\nc-disconnect:1:[]\nw-exit null SIGTERM ead=false dead=true conn=false\nc-exit:1:[null,\"SIGTERM\"]\n"
---*/
require('../_lifecycle.js')('kill');
