/*---
description = "a main module whose only statement is an unsettled top-level await exits 13"
node = true
[expect]
exit_code = 13
cause = "drained"
stdout = ""
---*/
await new Promise(() => {});
