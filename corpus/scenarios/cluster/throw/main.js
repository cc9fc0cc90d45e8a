/*---
description = "cluster: a worker that throws exits 1; the primary sees 'disconnect' then 'exit' (1, null)"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "throw\nc-fork:1:[]\nonline ead=undefined\nc-online:1:[]\nw-disconnect ead=false\nc-disconnect:1:[]\nw-exit 1 null ead=false dead=true conn=false\nc-exit:1:[1,null]\n"
---*/
require('../_lifecycle.js')('throw');
