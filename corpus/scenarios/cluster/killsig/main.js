/*---
description = "cluster: worker.kill('SIGKILL'): exit (null, 'SIGKILL') whatever the worker's listeners"
node = true
[expect]
exit_code = 0
cause = "drained"
stdout = "killsig\nc-fork:1:[]\nonline ead=undefined\nc-online:1:[]\nw-disconnect ead=false\nc-disconnect:1:[]\nw-exit null SIGKILL ead=false dead=true conn=false\nc-exit:1:[null,\"SIGKILL\"]\n"
---*/
require('../_lifecycle.js')('killsig');
